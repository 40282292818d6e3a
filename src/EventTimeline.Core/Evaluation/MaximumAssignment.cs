namespace EventTimeline.Evaluation;

/// <summary>The largest total weight of a one-to-one assignment of rows to columns (the Hungarian method, O(n³)).</summary>
internal static class MaximumAssignment
{
    /// <summary>Returns the largest sum of <paramref name="weights"/>[i, j] over a set of cells with no row or column twice; weights must be non-negative.</summary>
    public static double Weight(double[,] weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var rows = weights.GetLength(0);
        var columns = weights.GetLength(1);
        var n = Math.Max(rows, columns);
        if (n == 0)
        {
            return 0;
        }

        // Minimum cost on the square matrix of costs -weight (padding cells cost 0), potentials u, v and the column matching p (1-based).
        double Cost(int i, int j) => i < rows && j < columns ? -weights[i, j] : 0;
        var u = new double[n + 1];
        var v = new double[n + 1];
        var p = new int[n + 1];
        var way = new int[n + 1];
        for (var i = 1; i <= n; i++)
        {
            p[0] = i;
            var j0 = 0;
            var minimum = new double[n + 1];
            var used = new bool[n + 1];
            Array.Fill(minimum, double.PositiveInfinity);
            do
            {
                used[j0] = true;
                var i0 = p[j0];
                var delta = double.PositiveInfinity;
                var j1 = 0;
                for (var j = 1; j <= n; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }

                    var current = Cost(i0 - 1, j - 1) - u[i0] - v[j];
                    if (current < minimum[j])
                    {
                        minimum[j] = current;
                        way[j] = j0;
                    }

                    if (minimum[j] < delta)
                    {
                        delta = minimum[j];
                        j1 = j;
                    }
                }

                for (var j = 0; j <= n; j++)
                {
                    if (used[j])
                    {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    }
                    else
                    {
                        minimum[j] -= delta;
                    }
                }

                j0 = j1;
            }
            while (p[j0] != 0);

            do
            {
                var j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }

        double total = 0;
        for (var j = 1; j <= n; j++)
        {
            if (p[j] - 1 < rows && j - 1 < columns)
            {
                total += weights[p[j] - 1, j - 1];
            }
        }

        return total;
    }
}
