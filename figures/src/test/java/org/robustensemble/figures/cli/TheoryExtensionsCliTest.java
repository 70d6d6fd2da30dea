package org.robustensemble.figures.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.robustensemble.figures.cli.TheoryCliTest.Result;

/** End-to-end tests of --kappa, --beta and --weights on the theory commands, and of their bad input. */
class TheoryExtensionsCliTest {

    private static Result run(String... args) {
        return TheoryCliTest.run(args);
    }

    @Test
    void gardnerWithWeightsMarginAndTemperatureEchoesProvenance() {
        Result r = run("theory", "gardner", "--alpha", "0,0.5", "--weights", "1,0,-1", "--kappa", "0.2", "--beta", "5");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("# kappa=0.2").contains("# beta=5").contains("# weights=-1,0,1");
        assertThat(r.header()).isEqualTo("alpha,q,qhat,entropy,Q,rhat,energy");
        assertThat(Double.parseDouble(r.row(0)[3])).isCloseTo(Math.log(3), within(1e-10));
        assertThat(Double.parseDouble(r.row(1)[3])).isLessThan(Math.log(3)).isPositive();
        // binary default: the foundation's columns and numbers, with the provenance lines
        Result b = run("theory", "gardner", "--alpha", "0.6");
        assertThat(b.header()).isEqualTo("alpha,q,qhat,entropy");
        assertThat(b.out()).contains("# kappa=0").contains("# beta=inf").contains("# weights=-1,1");
        assertThat(Double.parseDouble(b.row(0)[3])).isCloseTo(0.227785, within(1e-6));
    }

    @Test
    void capacityOfTernaryWeights() {
        Result r = run("theory", "capacity", "--weights", "-1,0,1", "--tolerance", "1e-9");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("# weights=-1,0,1").contains("# kappa=0");
        assertThat(Double.parseDouble(r.row(0)[0])).isCloseTo(1.174482, within(2e-6));
    }

    @Test
    void robustEnsembleAndCurveWithMarginAndTemperature() {
        Result g = run("theory", "gardner", "--alpha", "0.5", "--kappa", "0.2", "--beta", "3");
        double sG = Double.parseDouble(g.row(0)[3]);
        // gamma = 0: phi = ln 2 + y s_G(alpha; kappa, beta)
        Result r = run("theory", "re", "--alpha", "0.5", "--y", "3", "--gamma", "0", "--kappa", "0.2", "--beta", "3");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("# kappa=0.2").contains("# beta=3");
        assertThat(Double.parseDouble(r.row(0)[3])).isCloseTo(Math.log(2) + 3 * sG, within(1e-8));
        Result inf = run("theory", "re", "--alpha", "0.5", "--y", "inf", "--gamma", "0", "--kappa", "0.2", "--beta", "3");
        assertThat(Double.parseDouble(inf.row(0)[3])).isCloseTo(sG, within(1e-8));
        Result c = run("theory", "curve", "--alpha", "0.5", "--d", "0.1,0.05", "--kappa", "0.2");
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(c.out()).contains("# kappa=0.2").contains("# beta=inf");
        Result c0 = run("theory", "curve", "--alpha", "0.5", "--d", "0.1,0.05");
        for (int i = 0; i < 2; i++) {
            // a margin removes solutions: the local entropy is lower
            assertThat(Double.parseDouble(c.row(i)[4])).isLessThan(Double.parseDouble(c0.row(i)[4]));
        }
    }

    @Test
    void multiStateDenseRegionsAtYInfinity() {
        Result r = run("theory", "re", "--alpha", "0.6", "--y", "inf", "--gamma", "0,0.5", "--weights", "-1,0,1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.header()).isEqualTo("alpha,y,gamma,Phi,S,d,S_I,q0,delta,qhat0,Dhat,Q,rhat,Qref");
        assertThat(r.out()).contains("# weights=-1,0,1").contains("# distance=d = (1 - S/sqrt(Q Qref))/2");
        double sG = Double.parseDouble(run("theory", "gardner", "--alpha", "0.6", "--weights", "-1,0,1").row(0)[3]);
        assertThat(Double.parseDouble(r.row(0)[3])).isCloseTo(sG, within(1e-9));
        Result c = run("theory", "curve", "--alpha", "0.6", "--d", "0.1", "--weights", "-1,0,1");
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(c.header()).isEqualTo("alpha,y,d,gamma,S_I,S_I_alpha0,Q,Qref,Sigma_ext");
        double sI = Double.parseDouble(c.row(0)[4]);
        assertThat(sI).isPositive().isLessThan(Double.parseDouble(c.row(0)[5]));
        // finite y: gamma = 0 gives ln 3 + y s_G
        Result f = run("theory", "re", "--alpha", "0.6", "--y", "3", "--gamma", "0", "--weights", "-1,0,1");
        assertThat(f.code()).as(f.err()).isZero();
        assertThat(f.header()).isEqualTo("alpha,y,gamma,phi,Phi,S,d,S_I,Sigma_ext,q0,q1,qhat0,qhat1,Q,rhat,Qref");
        assertThat(Double.parseDouble(f.row(0)[3])).isCloseTo(Math.log(3) + 3 * sG, within(1e-8));
        // the dense-region curve at finite y: below the y = inf curve at the same d, with Sigma_ext
        Result fc = run("theory", "curve", "--alpha", "0.6", "--y", "4", "--d", "0.1", "--weights", "-1,0,1");
        assertThat(fc.code()).as(fc.err()).isZero();
        assertThat(Double.parseDouble(fc.row(0)[4])).isLessThan(sI);
        assertThat(fc.row(0)[8]).isNotEmpty();
    }

    @Test
    @Tag("slow")
    void franzParisiWithMargin() {
        Result r = run("theory", "fp", "--alpha", "0.4", "--d", "0.25", "--kappa", "0.1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("# kappa=0.1").contains("# beta=inf");
        double sG = Double.parseDouble(run("theory", "gardner", "--alpha", "0.4", "--kappa", "0.1").row(0)[3]);
        assertThat(Double.parseDouble(r.row(0)[2])).isLessThan(sG).isGreaterThan(sG - 0.05);
    }

    @Test
    void franzParisiWithWeights() {
        // ternary: the multi-state columns; the maximum s_G of the set at d* = (1 - q/Q)/2, lower on both sides
        Result g = run("theory", "gardner", "--alpha", "0.6", "--weights", "-1,0,1");
        double sG = Double.parseDouble(g.row(0)[3]);
        double dStar = (1 - Double.parseDouble(g.row(0)[1]) / Double.parseDouble(g.row(0)[4])) / 2;
        String ds = String.format(java.util.Locale.ROOT, "%.12f,0.3,0.32", dStar);
        Result r = run("theory", "fp", "--alpha", "0.6", "--d", ds, "--weights", "-1,0,1", "--resolution", "1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.header()).isEqualTo("alpha,d,S_FP,t,q1,that,qhat1,phat,Q,rhat,Qref");
        assertThat(r.out()).contains("# weights=-1,0,1").contains("# distance=d = (1 - S/sqrt(Q Qref))/2")
                .contains("# kappa=0").contains("# beta=inf").doesNotContain("# no_solution");
        assertThat(Double.parseDouble(r.row(0)[2])).isCloseTo(sG, within(1e-8));
        assertThat(Double.parseDouble(r.row(1)[2])).isLessThan(sG).isGreaterThan(sG - 0.01);
        assertThat(Double.parseDouble(r.row(2)[2])).isLessThan(sG).isGreaterThan(sG - 0.01);
        // the reference's self-overlap is the Gardner one
        assertThat(Double.parseDouble(r.row(1)[10])).isCloseTo(Double.parseDouble(g.row(0)[4]), within(1e-9));
        // {-2, 2} is the binary problem: same S_FP as the binary command (whose columns are unchanged)
        Result b = run("theory", "fp", "--alpha", "0.6", "--d", "0.29");
        assertThat(b.header()).isEqualTo("alpha,d,S_FP,t,q1,that,qhat1,phat");
        assertThat(b.out()).contains("# weights=-1,1");
        Result b2 = run("theory", "fp", "--alpha", "0.6", "--d", "0.29", "--weights", "2,-2");
        assertThat(b2.code()).as(b2.err()).isZero();
        assertThat(Double.parseDouble(b2.row(0)[2])).isCloseTo(Double.parseDouble(b.row(0)[2]), within(1e-8));
        assertThat(Double.parseDouble(b2.row(0)[8])).isCloseTo(4, within(1e-9));
    }

    @Test
    @Tag("slow")
    void franzParisiWithWeightsReportsADistanceWithoutSolution() {
        // a distance without RS solution: a row that says so (alpha = 0.9: S_FP(0.005) = -0.0126, none at 0.001)
        Result none = run("theory", "fp", "--alpha", "0.9", "--d", "0.001", "--weights", "-1,0,1");
        assertThat(none.code()).as(none.err()).isZero();
        assertThat(none.row(0)[2]).isEmpty();
        assertThat(none.row(0)[8]).isEmpty();
        assertThat(none.out()).contains("# no_solution=no RS Franz-Parisi solution found at d = 0.001");
    }

    @Test
    void negativeMargins() {
        // the capacity keeps growing as kappa decreases through 0 (extensions.md section 7)
        Result c = run("theory", "capacity", "--kappa", "-0.5", "--tolerance", "1e-9");
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(c.out()).contains("# kappa=-0.5");
        assertThat(Double.parseDouble(c.row(0)[0])).isCloseTo(1.678841, within(2e-6));
        Result c2 = run("theory", "capacity", "--kappa", "-2", "--tolerance", "1e-9");
        assertThat(c2.code()).as(c2.err()).isZero();
        assertThat(Double.parseDouble(c2.row(0)[0])).isCloseTo(29.992083, within(2e-6));
        // above the kappa = 0 capacity: positive entropy, and the gamma = 0 identity of the robust ensemble
        Result g = run("theory", "gardner", "--alpha", "0,1", "--kappa", "-0.5");
        assertThat(g.code()).as(g.err()).isZero();
        assertThat(Double.parseDouble(g.row(0)[3])).isCloseTo(Math.log(2), within(1e-11));
        double sG = Double.parseDouble(g.row(1)[3]);
        assertThat(sG).isPositive();
        Result r = run("theory", "re", "--alpha", "1", "--y", "inf", "--gamma", "0", "--kappa", "-0.5");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Double.parseDouble(r.row(0)[3])).isCloseTo(sG, within(1e-8));
        // the message for a margin out of range names the accepted interval
        Result bad = run("theory", "gardner", "--alpha", "0.5", "--kappa", "-2.5");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--kappa").contains("[-2, 10]");
    }

    @Test
    void badMarginsTemperaturesAndWeightSetsExitTwoWithAClearMessage() {
        String[][] bad = {
            {"--kappa", "nan"}, {"--kappa", "inf"}, {"--kappa", "-2.5"}, {"--kappa", "11"}, {"--kappa", "x"},
            {"--beta", "0"}, {"--beta", "-2"}, {"--beta", "nan"},
            {"--weights", ""}, {"--weights", "-1,0,2"}, {"--weights", "-1,1,1"}, {"--weights", "a,b"},
            {"--weights", "0"}, {"--weights", "-1,,1"}, {"--weights", "-Infinity,Infinity"},
        };
        String[] expect = {"--kappa", "--kappa", "--kappa", "--kappa", "--kappa", "--beta", "--beta", "--beta",
            "empty", "not symmetric", "twice", "not a number", "zero", "empty", "not a finite"};
        for (int i = 0; i < bad.length; i++) {
            String[] args = {"theory", "gardner", "--alpha", "0.5", bad[i][0], bad[i][1]};
            Result r = run(args);
            String what = String.join(" ", args);
            assertThat(r.code()).as(what).isEqualTo(2);
            assertThat(r.err()).as(what).startsWith("re: error: ").contains(expect[i]).doesNotContain("Exception")
                    .doesNotContain("\tat ");
            assertThat(r.err().strip().lines().count()).as(what).isEqualTo(1);
            assertThat(r.out()).isEmpty();
        }
        String[][] others = {
            {"theory", "capacity", "--weights", "-1,0,2"},
            {"theory", "re", "--alpha", "0.6", "--y", "inf", "--gamma", "0.5", "--weights", "0,0"},
            {"theory", "curve", "--alpha", "0.6", "--d", "0.1", "--weights", "1"},
            {"theory", "capacity", "--kappa", "-3"},
            {"theory", "re", "--alpha", "0.6", "--y", "2", "--gamma", "0.5", "--kappa", "nan"},
            {"theory", "re", "--alpha", "0.6", "--y", "inf", "--gamma", "0.5", "--beta", "0"},
            {"theory", "curve", "--alpha", "0.6", "--d", "0.1", "--kappa", "-2.1"},
            {"theory", "fp", "--alpha", "0.6", "--d", "0.1", "--kappa", "-10"},
            {"theory", "curve", "--alpha", "0.6", "--d", "0.1", "--beta", "-1"},
            {"theory", "fp", "--alpha", "0.6", "--d", "0.1", "--kappa", "inf"},
            {"theory", "fp", "--alpha", "0.6", "--d", "0.1", "--beta", "0"},
            {"theory", "fp", "--alpha", "0.6", "--d", "0.1", "--weights", "-1,0,2"},
            {"theory", "fp", "--alpha", "0.6", "--d", "0.1", "--weights", ""},
            {"theory", "fp", "--alpha", "0.6", "--d", "0.1", "--weights", "0"},
        };
        for (String[] args : others) {
            Result r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).startsWith("re: error: ").doesNotContain("Exception");
        }
    }
}
