package org.robustensemble.simulation.instance;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;

import org.robustensemble.simulation.random.RandomStreams;

/**
 * A learning problem: M patterns of N +-1 inputs with +-1 labels, for a binary perceptron (K = 1) or a fully
 * connected committee machine with K (odd) hidden units, each seeing all N inputs (N K binary weights).
 *
 * <p>Weights of a committee are laid out hidden unit by hidden unit: {@code w[k*N + i]}. The output of the
 * network is sign(sum_k sign(sum_i w[k N + i] xi_i)); N must be odd so that no field is zero, and K odd so that
 * the committee vote has no tie. The load is alpha = M / (N K) (docs/theory.md section 1).
 *
 * @param n       inputs per hidden unit (odd)
 * @param k       hidden units (odd; 1 for the perceptron)
 * @param patterns the inputs
 * @param labels  sigma^mu in {-1,+1}
 * @param teacher the teacher's weights (length N K) in the teacher-student setting, else {@code null}
 */
public record Instance(int n, int k, Patterns patterns, byte[] labels, byte[] teacher) {

    public Instance {
        if (n < 1 || n % 2 == 0) {
            throw new IllegalArgumentException("n = " + n + " must be odd and >= 1 (+-1 inputs need odd N: no zero fields)");
        }
        if (k < 1 || k % 2 == 0) {
            throw new IllegalArgumentException("k = " + k + " must be odd and >= 1");
        }
        if (patterns.n() != n) {
            throw new IllegalArgumentException("patterns have n = " + patterns.n() + ", instance n = " + n);
        }
        if (labels.length != patterns.m()) {
            throw new IllegalArgumentException(labels.length + " labels for " + patterns.m() + " patterns");
        }
        for (int mu = 0; mu < labels.length; mu++) {
            if (labels[mu] != 1 && labels[mu] != -1) {
                throw new IllegalArgumentException("label " + mu + " is " + labels[mu] + ", expected +1 or -1");
            }
        }
        if (teacher != null) {
            checkWeights(teacher, n * k, "teacher");
        }
    }

    /** @return M, the number of patterns */
    public int m() {
        return patterns.m();
    }

    /** @return the load alpha = M / (N K) */
    public double alpha() {
        return (double) m() / ((double) n * k);
    }

    /** @return the teacher, if this is a teacher-student instance */
    public Optional<byte[]> teacherWeights() {
        return Optional.ofNullable(teacher);
    }

    /** @return the number of patterns for a load alpha: M = rint(alpha N K) (half to even) */
    public static int patternsFor(int n, int k, double alpha) {
        if (!(alpha >= 0) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("alpha = " + alpha + " must be finite and >= 0");
        }
        double mm = Math.rint(alpha * n * k);
        if (mm > Integer.MAX_VALUE / 2.0) {
            throw new IllegalArgumentException("alpha = " + alpha + " gives too many patterns");
        }
        return (int) mm;
    }

    /**
     * Random instance. Patterns come from the {@link RandomStreams.Stream#INSTANCE} stream; in the
     * teacher-student setting the teacher comes from {@link RandomStreams.Stream#TEACHER} and labels are its
     * outputs, otherwise labels are uniform +-1 from the instance stream.
     */
    public static Instance random(int n, int k, double alpha, boolean teacherStudent, long seed) {
        if (n < 1 || n % 2 == 0) {
            throw new IllegalArgumentException("n = " + n + " must be odd and >= 1 (+-1 inputs need odd N: no zero fields)");
        }
        if (k < 1 || k % 2 == 0) {
            throw new IllegalArgumentException("k = " + k + " must be odd and >= 1");
        }
        int m = patternsFor(n, k, alpha);
        RandomStreams streams = new RandomStreams(seed);
        SplittableRandom rng = streams.stream(RandomStreams.Stream.INSTANCE);
        Patterns xi = Patterns.random(n, m, rng);
        byte[] labels = new byte[m];
        byte[] teacher = null;
        if (teacherStudent) {
            SplittableRandom t = streams.stream(RandomStreams.Stream.TEACHER);
            teacher = new byte[n * k];
            for (int i = 0; i < teacher.length; i++) {
                teacher[i] = (byte) (t.nextBoolean() ? 1 : -1);
            }
            Instance tmp = new Instance(n, k, xi, fill(m), teacher);
            for (int mu = 0; mu < m; mu++) {
                labels[mu] = (byte) tmp.output(mu, teacher);
            }
        } else {
            for (int mu = 0; mu < m; mu++) {
                labels[mu] = (byte) (rng.nextBoolean() ? 1 : -1);
            }
        }
        return new Instance(n, k, xi, labels, teacher);
    }

    private static byte[] fill(int m) {
        byte[] b = new byte[m];
        Arrays.fill(b, (byte) 1);
        return b;
    }

    /** @return the network output sign(sum_k sign(field_k)) for pattern mu and weights w (length N K) */
    public int output(int mu, byte[] w) {
        checkWeights(w, n * k, "weights");
        int votes = 0;
        for (int h = 0; h < k; h++) {
            int field = 0;
            int off = h * n;
            for (int i = 0; i < n; i++) {
                field += w[off + i] * patterns.get(mu, i);
            }
            votes += field > 0 ? 1 : -1;
        }
        return votes > 0 ? 1 : -1;
    }

    /** @return the number of patterns misclassified by the weights w (length N K) */
    public int errors(byte[] w) {
        checkWeights(w, n * k, "weights");
        long[][] packed = new long[k][];
        for (int h = 0; h < k; h++) {
            packed[h] = Patterns.pack(w, h * n, n);
        }
        int errors = 0;
        for (int mu = 0; mu < m(); mu++) {
            int votes = 0;
            for (int h = 0; h < k; h++) {
                votes += patterns.dot(mu, packed[h]) > 0 ? 1 : -1;
            }
            if ((votes > 0 ? 1 : -1) != labels[mu]) {
                errors++;
            }
        }
        return errors;
    }

    static void checkWeights(byte[] w, int len, String what) {
        if (w.length != len) {
            throw new IllegalArgumentException(what + " have length " + w.length + ", expected N K = " + len);
        }
        for (int i = 0; i < w.length; i++) {
            if (w[i] != 1 && w[i] != -1) {
                throw new IllegalArgumentException(what + "[" + i + "] = " + w[i] + ", expected +1 or -1");
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Instance x && x.n == n && x.k == k && x.patterns.equals(patterns)
                && Arrays.equals(x.labels, labels) && Arrays.equals(x.teacher, teacher);
    }

    @Override
    public int hashCode() {
        return 31 * patterns.hashCode() + Arrays.hashCode(labels);
    }

    @Override
    public String toString() {
        return "Instance[n=" + n + ", k=" + k + ", m=" + m() + ", alpha=" + alpha()
                + (teacher != null ? ", teacher-student" : ", random labels") + "]";
    }
}
