package org.robustensemble.figures.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The per-invocation command tree of {@link Main} behaves like the whole tree. */
class CommandTreeTest {

    private static String[] run(boolean whole, String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        PrintWriter po = new PrintWriter(o);
        PrintWriter pe = new PrintWriter(e);
        CommandLine cl = whole ? Main.commandLine(po, pe) : Main.commandLine(po, pe, args);
        int code = cl.execute(args);
        po.flush();
        pe.flush();
        return new String[] {Integer.toString(code), o.toString(), e.toString()};
    }

    @Test
    void aRunBuildsOnlyTheCommandItExecutes() {
        CommandLine cl = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "simulate", "fbp", "--n", "11");
        assertThat(cl.getSubcommands().keySet()).containsExactly("theory", "simulate", "measure", "validate", "figures",
                "bench");
        assertThat(cl.getSubcommands().get("simulate").getSubcommands().keySet()).containsExactly("fbp");
        assertThat(cl.getSubcommands().get("theory").getSubcommands()).isEmpty();
        CommandLine whole = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(whole.getSubcommands().get("simulate").getSubcommands().keySet()).containsExactly("sa", "rsa", "fbp", "famp",
                "edmc", "sgd");
        int leaves = 0;
        for (List<Class<?>> l : Main.LEAVES.values()) {
            leaves += l.size();
        }
        int built = 0;
        for (CommandLine g : whole.getSubcommands().values()) {
            built += g.getSubcommands().size();
        }
        assertThat(built).isEqualTo(leaves);
    }

    @Test
    void helpAndErrorsAreThoseOfTheWholeTree() {
        List<String[]> cases = new ArrayList<>(List.of(new String[] {"--help"}, new String[] {"-V"}, new String[] {},
                new String[] {"simulate"}, new String[] {"simulate", "--help"}, new String[] {"simulate", "fbpx"},
                new String[] {"simulat"}, new String[] {"theory", "curve", "--bogus"}, new String[] {"bench"},
                new String[] {"figures"}));
        for (CommandLine g : Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .getSubcommands().values()) {
            for (CommandLine leaf : g.getSubcommands().values()) {
                // (bench jmh hands its arguments to JMH, whose --help exits the JVM)
                if (leaf.getCommandSpec().optionsMap().containsKey("--help")) {
                    cases.add(new String[] {g.getCommandName(), leaf.getCommandName(), "--help"});
                }
            }
        }
        for (String[] args : cases) {
            assertThat(run(false, args)).as(String.join(" ", args)).containsExactly(run(true, args));
        }
    }
}
