package org.robustensemble.simulation.bp;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.StringJoiner;

import org.junit.jupiter.api.Test;

class BpParametersTest {

    /** The written-out toString is the implicit record format, component by component (CLI provenance). */
    @Test
    void toStringIsTheRecordFormat() throws ReflectiveOperationException {
        BpParameters[] cases = {BpParameters.defaults(),
            new BpParameters(0.1, 7, 0.5, 0.1, Representation.MAGNETIZATION, 16, 2, true, 0.25)};
        for (BpParameters p : cases) {
            StringJoiner j = new StringJoiner(", ", "BpParameters[", "]");
            for (RecordComponent c : BpParameters.class.getRecordComponents()) {
                j.add(c.getName() + "=" + c.getAccessor().invoke(p));
            }
            assertThat(p.toString()).isEqualTo(j.toString());
        }
        assertThat(BpParameters.defaults().toString()).isEqualTo("BpParameters[epsilon=0.001, maxIters=1000, damping=0.0, "
                + "initRange=0.01, representation=FIELD, block=1, threads=1, exactInput=false, symmetryBreaking=0.1]");
    }
}
