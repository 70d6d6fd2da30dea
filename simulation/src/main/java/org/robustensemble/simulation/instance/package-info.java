/**
 * Learning problems (docs/theory.md 1): {@code Patterns} (+-1 inputs bit-packed one row per pattern),
 * {@code Instance} (a binary perceptron, K = 1, or a committee machine with K odd hidden units; labels random or
 * from a random binary teacher, which is then a uniform sample of the instance's solutions) with the number of
 * patterns M = rint(alpha N K) for a requested load, and {@code InstanceFormat} (the text file format read and
 * written by {@code --instance} and {@code --save-instance}, with a message naming file and line for every error).
 */
package org.robustensemble.simulation.instance;
