package org.robustensemble.figures.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.robustensemble.figures.plot.Plots;
import org.robustensemble.figures.recipe.Recipe;
import org.robustensemble.figures.recipe.Recipes;
import org.robustensemble.figures.recipe.Size;
import org.robustensemble.figures.recipe.Table;

/**
 * {@code re figures}: the quick size of every recipe end to end (PNG decodes with its size, CSV has the documented
 * columns and no NaN, index.md lists every figure), shard-and-merge equals one run, and bad input exits 2 with one
 * line.
 */
class FiguresCommandTest {

    @TempDir
    static Path tmp;

    static Path all;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void makeAllQuick() {
        all = tmp.resolve("all");
        Run r = run("figures", "make", "all", "--size", "quick", "--out", all.toString(), "--jobs", "2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("figure,size,tasks,shard,shard_tasks,stored_before,ran,complete");
    }

    @Test
    void everyQuickFigureHasItsCsvPngSvgAndIndexEntry() throws IOException {
        String index = Files.readString(all.resolve("index.md"), StandardCharsets.UTF_8);
        for (Recipe r : Recipes.all()) {
            Path csv = all.resolve(r.name() + ".csv");
            Table t = Table.parse(Files.readString(csv, StandardCharsets.UTF_8));
            assertThat(t.header()).as(r.name()).isEqualTo(r.columns());
            assertThat(t.rows()).as(r.name()).isNotEmpty();
            for (String[] row : t.rows()) {
                for (String f : row) {
                    assertThat(f).as(r.name() + " " + Arrays.toString(row)).isNotEmpty().isNotEqualToIgnoringCase("nan");
                }
            }
            assertThat(t.meta("command")).isEqualTo("re figures make " + r.name() + " --size quick");
            assertThat(t.meta("task.0")).contains("re ");
            BufferedImage png = ImageIO.read(all.resolve(r.name() + ".png").toFile());
            assertThat(png).as(r.name() + ".png decodes").isNotNull();
            int panels = r.panels(t).size();
            assertThat(png.getWidth()).isEqualTo(Plots.width(panels));
            assertThat(png.getHeight()).isEqualTo(Plots.HEIGHT);
            String svg = Files.readString(all.resolve(r.name() + ".svg"), StandardCharsets.UTF_8);
            assertThat(svg).contains("<svg").contains("</svg>");
            assertThat(index).contains("## " + r.name()).contains("](" + r.name() + ".png)")
                    .contains("`./re figures make " + r.name() + " --size quick`");
        }
    }

    @Test
    void studiesMdDocumentsTheColumnsOfEveryFigure() throws IOException {
        List<String> doc = Files.readAllLines(Path.of("docs", "studies.md"), StandardCharsets.UTF_8);
        for (Recipe r : Recipes.all()) {
            String row = doc.stream().filter(l -> l.startsWith("| `" + r.name() + "` |")).findFirst().orElse("");
            assertThat(row).as(r.name() + " in studies.md").endsWith("| `" + String.join(",", r.columns()) + "` |");
        }
    }

    @Test
    void theSecondRunResumesEverythingAndChangesNoByte() throws IOException {
        byte[] before = Files.readAllBytes(all.resolve("sgd.csv"));
        Run r = run("figures", "make", "sgd", "--out", all.toString(), "--jobs", "1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("sgd,quick,16,1/1,16,16,0,true");
        assertThat(Files.readAllBytes(all.resolve("sgd.csv"))).isEqualTo(before);
    }

    @Test
    void oneJobGivesTheSameBytesAsTwo() throws IOException {
        Path one = tmp.resolve("one-job");
        Run r = run("figures", "make", "annealing", "sgd", "--out", one.toString(), "--jobs", "1");
        assertThat(r.code()).as(r.err()).isZero();
        for (String f : List.of("annealing.csv", "sgd.csv")) {
            assertThat(Files.readAllBytes(one.resolve(f))).as(f).isEqualTo(Files.readAllBytes(all.resolve(f)));
        }
    }

    @Test
    void shardsMergedEqualOneRun() throws IOException {
        for (int k = 1; k <= 3; k++) {
            Run r = run("figures", "make", "few-bits", "sgd", "--out", tmp.resolve("s" + k).toString(), "--shard", k + "/3",
                    "--jobs", "2");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains(",false");
            assertThat(tmp.resolve("s" + k).resolve("sgd.csv")).doesNotExist();
        }
        Path merged = tmp.resolve("merged");
        Run m = run("figures", "merge", "--out", merged.toString(), tmp.resolve("s1").toString(),
                tmp.resolve("s2").toString(), tmp.resolve("s3").toString());
        assertThat(m.code()).as(m.err()).isZero();
        for (String f : List.of("few-bits.csv", "sgd.csv")) {
            assertThat(Files.readAllBytes(merged.resolve(f))).as(f).isEqualTo(Files.readAllBytes(all.resolve(f)));
        }
        // incomplete: one shard missing
        Run inc = run("figures", "merge", "--out", tmp.resolve("m2").toString(), tmp.resolve("s1").toString(),
                tmp.resolve("s2").toString());
        assertOneLineUsage(inc, "tasks are missing");
        // mixed parameters: a full-size shard of few-bits (only its first, cheap task) with quick shards
        Run full = run("figures", "make", "few-bits", "--size", "full", "--shard", "1/40", "--out",
                tmp.resolve("full").toString());
        assertThat(full.code()).as(full.err()).isZero();
        Run quickShard = run("figures", "make", "few-bits", "--shard", "2/3", "--out", tmp.resolve("q2").toString());
        assertThat(quickShard.code()).as(quickShard.err()).isZero();
        Run mixed = run("figures", "merge", "--out", tmp.resolve("m3").toString(), tmp.resolve("q2").toString(),
                tmp.resolve("full").toString());
        assertOneLineUsage(mixed, "other parameters");
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        assertOneLineUsage(run("figures", "make", "no-such-figure", "--out", tmp.resolve("x").toString()), "unknown figure");
        assertOneLineUsage(run("figures", "make", "few-bits", "--shard", "3/2", "--out", tmp.resolve("x").toString()),
                "--shard");
        assertOneLineUsage(run("figures", "make", "few-bits", "--shard", "one", "--out", tmp.resolve("x").toString()),
                "--shard");
        assertOneLineUsage(run("figures", "make", "few-bits", "--size", "huge"), "--size");
        assertOneLineUsage(run("figures", "merge", "--out", tmp.resolve("y").toString(), tmp.resolve("nothing").toString()),
                "not a directory");
        assertOneLineUsage(run("figures", "merge", "--out", tmp.resolve("y").toString(), tmp.toString()),
                "no figure study");
        assertOneLineUsage(run("figures", "slurm", "few-bits", "--array", "0"), "--array");
    }

    private static void assertOneLineUsage(Run r, String text) {
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.err().strip().split("\n")).as(r.err()).hasSize(1);
        assertThat(r.err()).contains(text);
    }

    @Test
    void listHasEveryRecipeWithItsCosts() {
        Run r = run("figures", "list");
        assertThat(r.code()).as(r.err()).isZero();
        Table t = Table.parse(r.out());
        assertThat(t.header()).containsExactly("name", "quick_tasks", "quick_cpu_seconds", "full_tasks", "full_cpu_seconds",
                "caption");
        assertThat(t.distinct("name")).containsExactlyElementsOf(Recipes.all().stream().map(Recipe::name).toList());
        for (String[] row : t.rows()) {
            Recipe rec = Recipes.byName(row[0]);
            assertThat(Integer.parseInt(row[1])).isEqualTo(rec.study(Size.QUICK).tasks().size());
            assertThat(Integer.parseInt(row[3])).isGreaterThan(Integer.parseInt(row[1]));
        }
    }

    @Test
    void slurmScriptRunsShardsAndADependentMerge() throws Exception {
        Path script = tmp.resolve("job.sbatch");
        Run r = run("figures", "slurm", "few-bits", "sgd", "--array", "4", "--size", "quick", "--out",
                tmp.resolve("cluster").toString(), "--script", script.toString(), "--re", "/opt/re/re");
        assertThat(r.code()).as(r.err()).isZero();
        String s = Files.readString(script, StandardCharsets.UTF_8);
        assertThat(s).startsWith("#!/bin/bash").contains("#SBATCH --array=1-4")
                .contains("figures make few-bits sgd --size quick --out \"$OUT/shard-$K\" --shard \"$K/$N\"")
                .contains("--dependency=afterok:").contains("figures merge --out").contains("shard-4");
        Process p = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(log).isZero();
    }
}
