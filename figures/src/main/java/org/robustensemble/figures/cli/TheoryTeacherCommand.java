package org.robustensemble.figures.cli;

import java.util.concurrent.Callable;

import org.robustensemble.analytic.typical.TeacherStudent;
import org.robustensemble.analytic.typical.TeacherStudentSolution;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code re theory teacher}: the teacher-student (planted) RS entropy, R(alpha) and the perfect-learning load. */
@Command(name = "teacher", mixinStandardHelpOptions = true,
        description = {"Teacher-student binary perceptron (labels from a random binary teacher; RS on the Nishimori",
                "line R = q; Gyorgyi 1990, docs/theory.md 3.7): the overlap R of a typical solution with the teacher, the",
                "entropy of the solutions at that overlap, q and its conjugate. Below the first-order transition",
                "alpha_perfect (~1.245) the equilibrium state is the poor-generalization branch; at and above it, perfect",
                "learning: R = q = 1, entropy 0, qhat = inf. Columns: alpha,R,entropy,q,qhat; # alpha_perfect= gives the",
                "transition load (to 1e-8)."})
final class TheoryTeacherCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--alpha", required = true, paramLabel = "A[,A2,...]",
            description = "Loads alpha = M/N >= 0 (list, or start:step:end).")
    String alpha;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        double[] as = Args.numbers(alpha, "--alpha");
        for (double a : as) {
            Args.requireAlpha(a);
        }
        TeacherStudent ts = new TeacherStudent();
        TeacherStudent.Transition tr = ts.perfectLearningLoad(1e-8);
        CsvTable t = new CsvTable(Args.commandLine(spec), "alpha", "R", "entropy", "q", "qhat");
        t.meta("alpha_perfect", CsvTable.num(tr.alphaPerfect()));
        t.meta("R_before_transition", CsvTable.num(tr.at().r()));
        for (double a : as) {
            TeacherStudentSolution s = ts.solve(a, tr.alphaPerfect());
            t.row(s.alpha(), s.r(), s.entropy(), s.q(), s.qHat());
        }
        t.emit(spec.commandLine().getOut(), output.out());
        return 0;
    }
}
