/**
 * Figure recipes: each {@link org.robustensemble.figures.recipe.Recipe} states a figure of the paper's story
 * (caption, documented CSV columns) as a study of independent tasks at two sizes
 * ({@link org.robustensemble.figures.recipe.Size}), and draws its panels from the rows. A task runs the toolkit's
 * own {@code re} commands in-process ({@link org.robustensemble.figures.recipe.Cli}) and keeps the columns it
 * needs, so every number of a figure is reproducible by the command printed in the figure's CSV; recipes never call
 * the analytic or simulation Java APIs. {@link org.robustensemble.figures.recipe.Recipes} lists them;
 * {@link org.robustensemble.figures.recipe.FigureFiles} writes {@code NAME.csv}, {@code NAME.png},
 * {@code NAME.svg} and the gallery {@code index.md}.
 */
package org.robustensemble.figures.recipe;
