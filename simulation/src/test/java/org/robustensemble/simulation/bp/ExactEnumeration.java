package org.robustensemble.simulation.bp;

import org.robustensemble.simulation.instance.Instance;

/** Brute-force partition function and marginals of sum_W prod_j exp(g_j W_j) 1[W solves the instance]. */
final class ExactEnumeration {
    final double lnZ;
    final double[] magnetizations;

    ExactEnumeration(Instance inst, double[] fields) {
        int nw = inst.n() * inst.k();
        if (nw > 22) {
            throw new IllegalArgumentException("too many weights for enumeration: " + nw);
        }
        double z = 0;
        double[] mz = new double[nw];
        byte[] w = new byte[nw];
        for (long c = 0; c < (1L << nw); c++) {
            double e = 0;
            for (int j = 0; j < nw; j++) {
                w[j] = (byte) (((c >>> j) & 1) == 1 ? 1 : -1);
                e += fields[j] * w[j];
            }
            if (inst.errors(w) != 0) {
                continue;
            }
            double p = Math.exp(e);
            z += p;
            for (int j = 0; j < nw; j++) {
                mz[j] += p * w[j];
            }
        }
        lnZ = Math.log(z);
        for (int j = 0; j < nw; j++) {
            mz[j] /= z;
        }
        magnetizations = mz;
    }
}
