package org.robustensemble.figures.study;

/**
 * A deterministic subset of a study's tasks: shard K of N (1 <= K <= N) holds the tasks whose index i satisfies
 * {@code i mod N == K - 1}. The N shards partition the tasks; round-robin spreads the cost of tasks that grow along
 * the list (larger alpha, larger N) over the shards.
 *
 * @param k this shard, 1-based
 * @param n the number of shards
 */
public record Shard(int k, int n) {
    /** The whole study. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (n < 1 || k < 1 || k > n) {
            throw new IllegalArgumentException("--shard " + k + "/" + n + " is out of range: need K/N with 1 <= K <= N");
        }
    }

    /** Parses "K/N". */
    public static Shard parse(String text) {
        String[] p = text.strip().split("/", -1);
        if (p.length != 2) {
            throw new IllegalArgumentException("--shard '" + text + "' must be K/N with 1 <= K <= N (e.g. 2/8)");
        }
        try {
            return new Shard(Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--shard '" + text + "' must be K/N with integers 1 <= K <= N (e.g. 2/8)");
        }
    }

    /** @return whether task {@code index} belongs to this shard */
    public boolean contains(int index) {
        return index % n == k - 1;
    }

    @Override
    public String toString() {
        return k + "/" + n;
    }
}
