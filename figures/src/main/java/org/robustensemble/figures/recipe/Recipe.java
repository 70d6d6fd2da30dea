package org.robustensemble.figures.recipe;

import java.util.List;

import org.robustensemble.figures.plot.Panel;
import org.robustensemble.figures.study.Study;

/**
 * A figure: its name, caption, documented CSV columns, the study that computes its rows at each size, and the
 * panels drawn from those rows. The rows of the study are the figure's data; everything plotted is computed
 * from them (counts, Wilson intervals, means), so the CSV alone regenerates the plot.
 */
public interface Recipe {
    /** @return the figure's name (file stem, command argument) */
    String name();

    /** @return one-paragraph caption: what is plotted and what it shows */
    String caption();

    /** @return the CSV columns of the rows */
    List<String> columns();

    /** @return the study of the given size */
    Study study(Size size);

    /** @return the panels drawn from the figure's rows (in {@link #columns()}) */
    List<Panel> panels(Table rows);
}
