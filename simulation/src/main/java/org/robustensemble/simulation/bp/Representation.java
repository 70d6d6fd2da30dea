package org.robustensemble.simulation.bp;

import org.robustensemble.simulation.bp.message.FieldAlgebra;
import org.robustensemble.simulation.bp.message.MagnetizationAlgebra;
import org.robustensemble.simulation.bp.message.MessageAlgebra;

/** The two encodings of BP messages (see {@link MessageAlgebra}). */
public enum Representation {
    /** Fields h = atanh m, clamped messages, tails in log space: precise (the default). */
    FIELD,
    /** Plain magnetizations m, rational arithmetic: fast, loses precision when messages saturate. */
    MAGNETIZATION;

    /** @return the algebra implementing this representation */
    public MessageAlgebra algebra() {
        return this == FIELD ? FieldAlgebra.instance() : MagnetizationAlgebra.instance();
    }
}
