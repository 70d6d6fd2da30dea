package org.robustensemble.simulation.mc;

/**
 * A schedule for a control parameter (inverse temperature beta or coupling gamma) as a function of the sweep
 * index t = 0, 1, 2, ...:
 * <ul>
 * <li>{@link Form#LINEAR}: min(max, start + rate t)</li>
 * <li>{@link Form#GEOMETRIC}: min(max, start rate^t)</li>
 * </ul>
 * A constant is a linear schedule with rate 0.
 *
 * @param form  linear or geometric
 * @param start value at sweep 0 (&gt;= 0)
 * @param rate  additive step per sweep (linear, &gt;= 0) or factor per sweep (geometric, &gt;= 1)
 * @param max   cap (&gt;= start; may be infinite)
 */
public record Schedule(Form form, double start, double rate, double max) {

    /** The functional form. */
    public enum Form { LINEAR, GEOMETRIC }

    public Schedule {
        if (form == null) {
            throw new IllegalArgumentException("schedule form must be given");
        }
        if (!(start >= 0) || Double.isInfinite(start)) {
            throw new IllegalArgumentException("schedule start = " + start + " must be finite and >= 0");
        }
        if (form == Form.LINEAR && !(rate >= 0 && rate < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("linear schedule rate = " + rate + " must be finite and >= 0");
        }
        if (form == Form.GEOMETRIC && !(rate >= 1 && rate < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("geometric schedule factor = " + rate + " must be finite and >= 1");
        }
        if (!(max >= start)) {
            throw new IllegalArgumentException("schedule max = " + max + " must be >= start = " + start);
        }
    }

    /** @return a constant schedule */
    public static Schedule constant(double value) {
        return new Schedule(Form.LINEAR, value, 0, value);
    }

    /** @return the value at sweep t (t &gt;= 0) */
    public double at(int t) {
        double v = form == Form.LINEAR ? start + rate * t : start * Math.pow(rate, t);
        return Math.min(max, v);
    }

    @Override
    public String toString() {
        return form.name().toLowerCase() + "(start=" + start + ",rate=" + rate + ",max=" + max + ")";
    }
}
