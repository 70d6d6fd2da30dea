package org.robustensemble.figures.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The help of every command, from one place: each option's line ends with its default (or "Required."), unless
 * its description already states it; a group lists its commands with the first whole sentence of each
 * description (never a line cut mid-sentence). Also finds the unknown option behind a "missing required option"
 * parse error.
 */
final class HelpText extends Help {
    /** A sentence ends at a period after a word or number and before a capital (not "e.g. re" or "0.5"). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[a-z0-9)\\]'])\\.(?=\\s+[A-Z(])");

    HelpText(CommandSpec spec, Help.ColorScheme scheme) {
        super(spec, scheme);
    }

    @Override
    public IOptionRenderer createDefaultOptionRenderer() {
        IOptionRenderer base = super.createDefaultOptionRenderer();
        return (option, labels, scheme) -> {
            Help.Ansi.Text[][] rows = base.render(option, labels, scheme);
            String note = note(option);
            if (note != null && rows.length > 0) {
                Help.Ansi.Text[] last = rows[rows.length - 1];
                int c = last.length - 1;
                last[c] = last[c].concat((last[c].plainString().isBlank() ? "" : " ") + note);
            }
            return rows;
        };
    }

    /** @return "Required.", "Default: X." or {@code null} if the description already says it */
    static String note(OptionSpec o) {
        if (o.usageHelp() || o.versionHelp()) {
            return null;
        }
        String desc = String.join(" ", o.description()).toLowerCase(Locale.ROOT);
        if (o.required()) {
            return desc.contains("required") ? null : "Required.";
        }
        if (desc.contains("default") || desc.contains("required")) {
            return null;
        }
        if (o.arity().max() == 0) {
            return "Default: off.";
        }
        String v = o.defaultValue() != null ? o.defaultValue()
                : o.hasInitialValue() && o.initialValue() != null ? String.valueOf(o.initialValue()) : null;
        return v == null ? "Default: none (optional)." : "Default: " + v + ".";
    }

    @Override
    public String commandList(Map<String, Help> subcommands) {
        if (subcommands.isEmpty()) {
            return "";
        }
        int nameWidth = 0;
        for (String name : subcommands.keySet()) {
            nameWidth = Math.max(nameWidth, name.length());
        }
        int width = commandSpec().usageMessage().width();
        TextTable table = TextTable.forColumns(colorScheme(),
                new Column(nameWidth + 4, 2, Column.Overflow.SPAN),
                new Column(Math.max(20, width - nameWidth - 4), 2, Column.Overflow.WRAP));
        for (Map.Entry<String, Help> e : subcommands.entrySet()) {
            table.addRowValues(e.getKey(), summary(e.getValue().commandSpec()));
        }
        return table.toString();
    }

    /**
     * Rejoins description lines that a source file broke for its own line length, so that the help wraps them at
     * the terminal's width instead of cutting sentences; indented and blank lines (tables, examples) stay as
     * written. Applied to every command of the tree.
     */
    static void reflow(picocli.CommandLine cl) {
        String[] d = cl.getCommandSpec().usageMessage().description();
        List<String> out = new ArrayList<>();
        for (String line : d) {
            boolean plain = !line.isBlank() && !Character.isWhitespace(line.charAt(0));
            int last = out.size() - 1;
            if (plain && last >= 0 && !out.get(last).isBlank() && !Character.isWhitespace(out.get(last).charAt(0))) {
                out.set(last, out.get(last).stripTrailing() + " " + line.strip());
            } else {
                out.add(line);
            }
        }
        cl.getCommandSpec().usageMessage().description(out.toArray(new String[0]));
        for (picocli.CommandLine sub : cl.getSubcommands().values()) {
            reflow(sub);
        }
    }

    /** @return the first whole sentence of a command's description */
    static String summary(CommandSpec spec) {
        String text = String.join(" ", spec.usageMessage().description()).strip().replaceAll("\\s+", " ");
        Matcher m = SENTENCE_END.matcher(text);
        return m.find() ? text.substring(0, m.end()) : text;
    }

    /**
     * @return "Unknown option: '--alph' (did you mean '--alpha'?)" for the first argument that looks like an option
     *         but is none of {@code spec}'s, or {@code null}
     */
    static String unknownOption(CommandSpec spec, String[] args) {
        for (String a : args) {
            if (!(a.startsWith("--") || a.length() > 1 && a.charAt(0) == '-' && Character.isLetter(a.charAt(1)))) {
                continue;
            }
            if (a.equals("--")) {
                return null;
            }
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (spec.optionsMap().containsKey(name)) {
                continue;
            }
            List<String> close = new ArrayList<>();
            for (String known : spec.optionsMap().keySet()) {
                if (known.startsWith(name) || distance(known, name) <= 2) {
                    close.add("'" + known + "'");
                }
            }
            return "Unknown option: '" + name + "'" + (close.isEmpty() ? "" : " (did you mean " + String.join(" or ",
                    close) + "?)");
        }
        return null;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
