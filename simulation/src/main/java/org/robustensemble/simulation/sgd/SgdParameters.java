package org.robustensemble.simulation.sgd;

/**
 * Parameters of (replicated) SGD on a binary committee machine (docs/theory.md section 4.5). Checked on
 * construction; an out-of-range value throws {@link IllegalArgumentException} naming it and its range.
 *
 * <p>Schedules are per epoch: after epoch t (t = 1, 2, ...) gamma += gammaStep, lambda *= lambdaFactor,
 * eta *= etaFactor; epoch 1 runs with the initial values. Plain SGD on the clipped weights is y = 1,
 * lambda = 0.
 *
 * @param y            number of replicas (>= 1)
 * @param batch        mini-batch size (>= 1); each replica sees every pattern once per epoch
 * @param eta          learning rate of the pattern term (> 0)
 * @param lambda       step of the interaction term (>= 0; called eta' in the paper)
 * @param gamma        initial interaction strength (>= 0, overlap convention)
 * @param gammaStep    added to gamma after every epoch (>= 0)
 * @param etaFactor    eta is multiplied by it after every epoch (> 0)
 * @param lambdaFactor lambda is multiplied by it after every epoch (>= 0)
 * @param maxEpochs    epoch budget (>= 0)
 * @param coupling     the interaction variant
 * @param initEqual    start all replicas (and the explicit reference) from the same random configuration
 */
public record SgdParameters(int y, int batch, double eta, double lambda, double gamma, double gammaStep,
                            double etaFactor, double lambdaFactor, int maxEpochs, Coupling coupling,
                            boolean initEqual) {

    public SgdParameters {
        if (y < 1) {
            throw new IllegalArgumentException("y = " + y + " must be >= 1");
        }
        if (batch < 1) {
            throw new IllegalArgumentException("batch = " + batch + " must be >= 1");
        }
        positive("eta", eta);
        nonNegative("lambda", lambda);
        nonNegative("gamma", gamma);
        nonNegative("gamma_step", gammaStep);
        positive("eta_factor", etaFactor);
        nonNegative("lambda_factor", lambdaFactor);
        if (maxEpochs < 0) {
            throw new IllegalArgumentException("epochs = " + maxEpochs + " must be >= 0");
        }
        if (coupling == null) {
            throw new IllegalArgumentException("coupling must be given");
        }
    }

    /** Plain SGD on the clipped weights: y = 1, lambda = 0, no schedules. */
    public static SgdParameters plain(int batch, double eta, int maxEpochs) {
        return new SgdParameters(1, batch, eta, 0, 0, 0, 1, 1, maxEpochs, Coupling.TANH, true);
    }

    /**
     * The published working point of the authors' BinaryCommitteeMachineRSGD.jl for N = 321, K = 5,
     * alpha = 0.5: y = 7, batch 80, eta = 2, lambda = 0.75, gamma = 0.05, gamma_step = 0.001, tanh coupling.
     */
    public static SgdParameters publishedWorkingPoint(int maxEpochs) {
        return new SgdParameters(7, 80, 2.0, 0.75, 0.05, 0.001, 1, 1, maxEpochs, Coupling.TANH, true);
    }

    /** @return a copy with another epoch budget */
    public SgdParameters withMaxEpochs(int epochs) {
        return new SgdParameters(y, batch, eta, lambda, gamma, gammaStep, etaFactor, lambdaFactor, epochs, coupling, initEqual);
    }

    /** @return a copy with another coupling */
    public SgdParameters withCoupling(Coupling c) {
        return new SgdParameters(y, batch, eta, lambda, gamma, gammaStep, etaFactor, lambdaFactor, maxEpochs, c, initEqual);
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " = " + v + " must be finite and > 0");
        }
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " = " + v + " must be finite and >= 0");
        }
    }
}
