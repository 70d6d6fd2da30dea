package org.robustensemble.validation.suite;

/**
 * One compared quantity of a check: the suite's output row
 * {@code check,quantity,parameters,theory,measured,std_error,allowance,pass}.
 *
 * @param check      the check's name
 * @param quantity   what is compared; inequalities carry their sign ({@code S_loc>S_FP}, {@code S_loc<H2},
 *                   {@code S_loc>=S_y8})
 * @param parameters the parameters of the comparison, {@code key=value} separated by spaces
 * @param theory     the prediction (or the bound of an inequality)
 * @param measured   the measurement
 * @param stdError   the measurement's statistical standard error
 * @param allowance  k standard errors plus the finite-size term (the check states k and the rule)
 * @param relation   how measured and theory are compared
 * @param pass       whether the comparison holds
 */
public record Row(String check, String quantity, String parameters, double theory, double measured, double stdError,
        double allowance, Relation relation, boolean pass) {

    /** How a row compares its measurement with its prediction. */
    public enum Relation {
        /** |measured - theory| &lt;= allowance. */
        EQUAL,
        /** measured - theory &gt; allowance: clearly above a lower bound. */
        ABOVE,
        /** measured - theory &lt;= allowance: not above an upper bound beyond the errors. */
        BELOW,
        /** measured - theory &gt;= -allowance: not below a lower bound beyond the errors. */
        AT_LEAST
    }

    /** A row whose pass is computed from the relation; a non-finite value fails. */
    public static Row of(String check, String quantity, String parameters, double theory, double measured,
            double stdError, double allowance, Relation relation) {
        boolean finite = Double.isFinite(theory) && Double.isFinite(measured) && Double.isFinite(allowance);
        boolean pass = finite && switch (relation) {
            case EQUAL -> Math.abs(measured - theory) <= allowance;
            case ABOVE -> measured - theory > allowance;
            case BELOW -> measured - theory <= allowance;
            case AT_LEAST -> measured - theory >= -allowance;
        };
        return new Row(check, quantity, parameters, theory, measured, stdError, allowance, relation, pass);
    }

    /**
     * A row comparing an extrapolation to N = infinity with the theory: allowance k standard errors of the
     * intercept plus its finite-size term ({@link Stats#extrapolate}).
     */
    public static Row extrapolated(String check, String quantity, String parameters, double theory,
            Stats.Extrapolation x, double k) {
        return of(check, quantity, parameters, theory, x.value(), x.stdError(), k * x.stdError() + x.finiteSize(),
                Relation.EQUAL);
    }

    /** @return measured - theory */
    public double distance() {
        return measured - theory;
    }
}
