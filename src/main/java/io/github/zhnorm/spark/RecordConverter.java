package io.github.zhnorm.spark;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;

/**
 * Converts chosen string fields of each row and counts records: changed, unchanged, and bad (a null value or one
 * whose conversion failed — passed through as it was, never failing the job).
 */
final class RecordConverter implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final String target;
    private final int[] fields;
    private final LongAccumulator changed;
    private final LongAccumulator unchanged;
    private final LongAccumulator bad;

    RecordConverter(String target, int[] fields, Counters counters) {
        this.target = target;
        this.fields = fields.clone();
        this.changed = counters.changed();
        this.unchanged = counters.unchanged();
        this.bad = counters.bad();
    }

    @Override
    public Row call(Row row) {
        Object[] values = new Object[row.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i);
        }
        boolean anyChange = false;
        boolean anyBad = false;
        for (int f : fields) {
            Object v = values[f];
            if (!(v instanceof String s)) {
                anyBad = true;
                continue;
            }
            try {
                String c = Conversions.forName(target).convert(s);
                if (c != s) {
                    values[f] = c;
                    anyChange = true;
                }
            } catch (RuntimeException e) {
                anyBad = true;
            }
        }
        (anyBad ? bad : anyChange ? changed : unchanged).add(1);
        return RowFactory.create(values);
    }
}
