package org.robustensemble.figures.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end tests of the {@code re theory} commands: the CSV contract, exit codes and messages. */
class TheoryCliTest {

    record Result(int code, String out, String err) {
        List<String> dataLines() {
            return Arrays.stream(out.split("\n")).filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        }

        String header() {
            return dataLines().get(0);
        }

        String[] row(int i) {
            return dataLines().get(1 + i).split(",", -1);
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void gardner() {
        Result r = run("theory", "gardner", "--alpha", "0.3,0.6");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("# re_version=").contains("# command=re theory gardner --alpha 0.3,0.6");
        assertThat(r.header()).isEqualTo("alpha,q,qhat,entropy");
        assertThat(Double.parseDouble(r.row(0)[3])).isEqualTo(0.474829, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(Double.parseDouble(r.row(1)[3])).isEqualTo(0.227785, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void capacity() {
        Result r = run("theory", "capacity");
        assertThat(r.code()).isZero();
        assertThat(r.header()).isEqualTo("alpha_c");
        assertThat(Double.parseDouble(r.row(0)[0])).isEqualTo(0.8330786, org.assertj.core.api.Assertions.within(1e-7));
    }

    @Test
    void robustEnsembleFiniteAndInfinite() {
        Result r = run("theory", "re", "--alpha", "0.6", "--y", "4", "--gamma", "0.5");
        assertThat(r.code()).isZero();
        assertThat(r.header()).isEqualTo("alpha,y,gamma,phi,Phi,S,d,S_I,Sigma_ext,q0,q1,qhat0,qhat1");
        assertThat(Double.parseDouble(r.row(0)[3])).isEqualTo(2.477131, org.assertj.core.api.Assertions.within(1e-5));
        Result inf = run("theory", "re", "--alpha", "0.6", "--y", "inf", "--gamma", "0.5");
        assertThat(inf.code()).isZero();
        assertThat(inf.header()).isEqualTo("alpha,y,gamma,Phi,S,d,S_I,q0,delta,qhat0,Dhat");
        assertThat(inf.row(0)[1]).isEqualTo("inf");
        assertThat(Double.parseDouble(inf.row(0)[3])).isEqualTo(0.581813, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void negativeExternalEntropyIsFlagged() {
        Result r = run("theory", "re", "--alpha", "0.6", "--y", "32", "--gamma", "0.5");
        assertThat(r.code()).isZero();
        assertThat(Double.parseDouble(r.row(0)[8])).isNegative();
        assertThat(r.out()).contains("# warning=Sigma_ext < 0");
    }

    @Test
    void curveWithRangeSyntaxAndFileOutput(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("curve.csv");
        Result r = run("theory", "curve", "--alpha", "0.6", "--y", "inf", "--d", "0.05:0.05:0.15", "--out", f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
        List<String> lines = Files.readAllLines(f).stream().filter(l -> !l.startsWith("#")).toList();
        assertThat(lines.get(0)).isEqualTo("alpha,y,d,gamma,S_I,H2,Sigma_ext");
        assertThat(lines).hasSize(4);
        for (String l : lines.subList(1, 4)) {
            String[] c = l.split(",", -1);
            assertThat(Double.parseDouble(c[4])).isLessThan(Double.parseDouble(c[5]));
            assertThat(c[6]).isEmpty();
        }
        Result fin = run("theory", "curve", "--alpha", "0.6", "--y", "4", "--d", "0.12");
        assertThat(fin.code()).isZero();
        assertThat(fin.row(0)[6]).isNotEmpty();
    }

    @Test
    void constrainedCurveHasTheSameColumns() {
        // alpha = 0.6, d <= 0.04: the constraint is slack, the constrained curve is the unconstrained one
        Result r = run("theory", "curve", "--constrained", "--alpha", "0.6", "--d", "0.04,0.035");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.header()).isEqualTo("alpha,y,d,gamma,S_I,H2,Sigma_ext");
        assertThat(r.out()).contains("# reference=constrained").contains("# constraint_slack=d = 0.04 0.035");
        Result u = run("theory", "curve", "--alpha", "0.6", "--d", "0.04,0.035");
        for (int i = 0; i < 2; i++) {
            assertThat(r.row(i)[1]).isEqualTo("inf");
            assertThat(r.row(i)[6]).isEmpty();
            assertThat(Double.parseDouble(r.row(i)[4])).isCloseTo(Double.parseDouble(u.row(i)[4]),
                    org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    @Test
    void franzParisiAroundAWideMarginReference() {
        Result r = run("theory", "fp", "--alpha", "0.6", "--kappa-ref", "0.2", "--d", "0.1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.header()).isEqualTo("alpha,d,S_FP,t,q1,that,qhat1,phat");
        assertThat(r.out()).contains("# kappa_ref=0.2");
        assertThat(Double.parseDouble(r.row(0)[2])).isCloseTo(0.1535554, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void constrainedCurveWithAMargin() {
        Result r = run("theory", "curve", "--constrained", "--alpha", "0.5", "--kappa", "0.1", "--d", "0.04");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("# kappa=0.1").contains("# constraint_slack=d = 0.04");
        Result u = run("theory", "curve", "--alpha", "0.5", "--kappa", "0.1", "--d", "0.04");
        assertThat(Double.parseDouble(r.row(0)[4])).isCloseTo(Double.parseDouble(u.row(0)[4]),
                org.assertj.core.api.Assertions.within(1e-9));
        Result bad = run("theory", "curve", "--constrained", "--alpha", "0.5", "--beta", "3", "--d", "0.04");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("beta");
    }

    @Test
    void sigmaZeroCurveWithTheReferenceCostAndRepliconColumns() {
        // the cost at alpha = 0.6, d = 0.04 is ReferenceConstraintCostTest's value; without sigma0 the flag is refused
        // (and the replicon, InnerRepliconTest's value)
        Result r = run("theory", "curve", "--alpha", "0.6", "--y", "sigma0", "--d", "0.04", "--reference-cost",
                "--replicon");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.header()).isEqualTo("alpha,y,d,gamma,S_I,H2,Sigma_ext,reference_cost,replicon");
        assertThat(r.out()).contains("# reference_cost=").contains("# replicon=");
        assertThat(Double.parseDouble(r.row(0)[7])).isCloseTo(-5.4887e-4, within(1e-7));
        assertThat(Double.parseDouble(r.row(0)[8])).isCloseTo(0.06761, within(2e-5));
        Result bad = run("theory", "curve", "--alpha", "0.6", "--d", "0.04", "--reference-cost");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--reference-cost needs --y sigma0");
        assertThat(run("theory", "curve", "--alpha", "0.6", "--d", "0.04", "--replicon").code()).isEqualTo(2);
    }

    @Test
    void sigmaZeroCurveGivesYStarAndZeroExternalEntropy() {
        // alpha = 0.6, d = 0.04: Sigma_ext < 0 at y = 16 (docs/theory.md 3.2), y* ~ 12.9
        Result r = run("theory", "curve", "--alpha", "0.6", "--y", "sigma0", "--d", "0.04");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.header()).isEqualTo("alpha,y,d,gamma,S_I,H2,Sigma_ext");
        assertThat(r.out()).contains("# y=sigma0");
        String[] row = r.row(0);
        assertThat(Double.parseDouble(row[1])).isBetween(10.0, 16.0);
        assertThat(Double.parseDouble(row[6])).isZero();
        // below the y = inf curve at the same d
        Result u = run("theory", "curve", "--alpha", "0.6", "--d", "0.04");
        assertThat(Double.parseDouble(row[4])).isLessThan(Double.parseDouble(u.row(0)[4]) - 1e-3);
    }

    @Test
    @org.junit.jupiter.api.Tag("slow")
    void breakupWithACoarseTolerance() {
        // two evaluations of g: alpha = 0.75 (monotone) and 0.76 (gamma reaches zero); the bracket is the answer
        Result r = run("theory", "breakup", "--alpha-lo", "0.75", "--alpha-hi", "0.76", "--d-guess", "0.022",
                "--tolerance", "0.01");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.header()).isEqualTo("alpha_U,d_U,gamma_at_U,iterations,solves");
        assertThat(Double.parseDouble(r.row(0)[0])).isBetween(0.75, 0.76);
        assertThat(r.out()).contains("# samples=alpha=0.75 ").contains("# solver=");
        assertThat(r.err()).contains("min gamma(d)=");
    }

    @Test
    void franzParisi() {
        Result r = run("theory", "fp", "--alpha", "0.6", "--d", "0.3,0.25");
        assertThat(r.code()).isZero();
        assertThat(r.header()).isEqualTo("alpha,d,S_FP,t,q1,that,qhat1,phat");
        double s1 = Double.parseDouble(r.row(0)[2]);
        double s2 = Double.parseDouble(r.row(1)[2]);
        assertThat(s1).isLessThan(0.2277850).isGreaterThan(s2);
        Result none = run("theory", "fp", "--alpha", "0.7", "--d", "0.01");
        assertThat(none.code()).isZero();
        assertThat(none.row(0)[2]).isEmpty();
        assertThat(none.out()).contains("# no_solution=");
    }

    @Test
    void validateLocalEntropyEndToEnd() {
        Result r = run("validate", "local-entropy", "--n", "301", "--alpha", "0.4", "--seed", "7");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.header()).isEqualTo("gamma,d,measured,theory_y_low,theory_y_inf,H2,in_band");
        assertThat(r.out()).contains("# fbp_solved=true");
        assertThat(r.dataLines().size()).isGreaterThan(5);
        assertThat(run("validate", "local-entropy", "--n", "300").code()).isEqualTo(2);
    }

    @Test
    void invalidInputsExitTwoWithOneLine() {
        String[][] bad = {
            {"theory", "gardner", "--alpha", "-0.1"},
            {"theory", "re", "--alpha", "0.6", "--y", "0.5", "--gamma", "0.5"},
            {"theory", "re", "--alpha", "0.6", "--y", "2", "--gamma", "-1"},
            {"theory", "curve", "--alpha", "0.6", "--d", "0.5"},
            {"theory", "curve", "--alpha", "0.6", "--d", "0"},
            {"theory", "curve", "--alpha", "0.6", "--d", "abc"},
            {"theory", "curve", "--alpha", "0.6", "--d", "0.3"},
            {"theory", "re", "--alpha", "0.6", "--gamma", "0.5"},
            {"theory", "fp", "--alpha", "0", "--d", "0.1"},
            {"theory", "capacity", "--kappa", "-3"},
            {"theory", "gardner", "--alpha", "0.5", "--beta", "0"},
            {"theory", "gardner", "--alpha", "0.5", "--kappa", "abc"},
            {"theory", "fp", "--alpha", "0.6", "--d", "0.7"},
            {"theory", "curve", "--constrained", "--alpha", "0.6", "--y", "4", "--d", "0.1"},
            {"theory", "curve", "--constrained", "--alpha", "0.6", "--y", "sigma0", "--d", "0.1"},
            {"theory", "curve", "--alpha", "0.6", "--y", "sigma0", "--kappa", "0.1", "--d", "0.1"},
            {"theory", "curve", "--alpha", "0", "--y", "sigma0", "--d", "0.1"},
            {"theory", "curve", "--alpha", "0.6", "--y", "sigma1", "--d", "0.1"},
            {"theory", "fp", "--alpha", "0.6", "--kappa-ref", "0.2", "--weights", "-1,0,1", "--d", "0.1"},
            {"theory", "fp", "--alpha", "0.6", "--kappa-ref", "-5", "--d", "0.1"},
            {"theory", "fp", "--alpha", "0.6", "--kappa-ref", "0.5", "--d", "0.1"},
            {"theory", "curve", "--constrained", "--alpha", "0.6", "--d", "0.3"},
            {"theory", "breakup", "--alpha-lo", "0.8", "--alpha-hi", "0.7"},
            {"theory", "breakup", "--tolerance", "0"},
            {"theory", "breakup", "--d-guess", "0.5"},
            {"theory", "breakup", "--criterion", "sigma0", "--kappa", "0.1"},
            {"theory", "breakup", "--criterion", "sigma0", "--alpha-lo", "0.77", "--alpha-hi", "0.765"},
            {"theory", "breakup", "--criterion", "nope"},
        };
        for (String[] args : bad) {
            Result r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).startsWith("re: error: ").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(r.out()).isEmpty();
        }
    }
}
