package io.github.zhnorm.spark;

import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/** The record counts a job reports: changed, unchanged, bad. */
record Counters(LongAccumulator changed, LongAccumulator unchanged, LongAccumulator bad)
        implements java.io.Serializable {
    static Counters register(SparkContext sc) {
        return new Counters(sc.longAccumulator("zhnorm changed"), sc.longAccumulator("zhnorm unchanged"),
                sc.longAccumulator("zhnorm bad"));
    }

    String summary() {
        return "zhnorm: " + changed.value() + " records changed, " + unchanged.value() + " unchanged, " + bad.value()
                + " bad (passed through)";
    }
}
