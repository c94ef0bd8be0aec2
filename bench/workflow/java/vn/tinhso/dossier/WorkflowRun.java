package vn.tinhso.dossier;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One timed run: worker threads take instances started beforehand one by one and complete a number of steps of
 * each, timing every step. The figure is completed steps per second.
 *
 * @param engine the engine's name
 * @param instances instances worked on
 * @param steps steps completed
 * @param nanos wall-clock time of the timed part
 * @param latencies each step's time, sorted, in nanoseconds
 */
record WorkflowRun(String engine, int instances, int steps, long nanos, long[] latencies) {

    /** A workflow engine as the benchmark drives it. */
    interface Engine {

        String name();

        /** Starts that many instances, each waiting at its first step; answers their ids. Not timed. */
        List<String> start(int instances);

        /** Completes the step the instance is waiting at, as a user of the first step's role. */
        void step(String instance);

        /** The step the instance is waiting at, to check afterwards that every timed step moved it. */
        String position(String instance);
    }

    /** Completes {@code steps} steps of each instance, the instances shared out among {@code threads} workers. */
    static WorkflowRun measure(Engine engine, List<String> instances, int steps, int threads) throws Exception {
        long[] latencies = new long[instances.size() * steps];
        var next = new AtomicInteger();
        Callable<Void> worker = () -> {
            for (int i = next.getAndIncrement(); i < instances.size(); i = next.getAndIncrement()) {
                for (int step = 0; step < steps; step++) {
                    long before = System.nanoTime();
                    engine.step(instances.get(i));
                    latencies[i * steps + step] = System.nanoTime() - before;
                }
            }
            return null;
        };
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<Void>> done = workers.invokeAll(Collections.nCopies(threads, worker));
            long nanos = System.nanoTime() - start;
            for (Future<Void> each : done) {
                each.get();
            }
            Arrays.sort(latencies);
            return new WorkflowRun(engine.name(), instances.size(), latencies.length, nanos, latencies);
        } finally {
            workers.shutdownNow();
        }
    }

    /** Every instance must wait at the expected step afterwards: no step was skipped or lost. */
    static void check(Engine engine, List<String> instances, String expected) {
        for (String id : instances) {
            String position = engine.position(id);
            if (!expected.equals(position)) {
                throw new IllegalStateException("%s: %s is at %s after the timed steps, not at %s"
                        .formatted(engine.name(), id, position, expected));
            }
        }
    }

    /** Several runs of one engine as one: their steps over their summed time, all their latencies. */
    static WorkflowRun combined(List<WorkflowRun> runs) {
        long[] latencies = runs.stream().flatMapToLong(run -> Arrays.stream(run.latencies)).sorted().toArray();
        return new WorkflowRun(runs.get(0).engine, runs.stream().mapToInt(WorkflowRun::instances).sum(),
                runs.stream().mapToInt(WorkflowRun::steps).sum(), runs.stream().mapToLong(WorkflowRun::nanos).sum(),
                latencies);
    }

    double seconds() {
        return nanos / 1e9;
    }

    double perSecond() {
        return steps / seconds();
    }

    double percentileMillis(double percentile) {
        int index = (int) Math.ceil(percentile / 100 * latencies.length) - 1;
        return latencies[Math.max(0, index)] / 1e6;
    }

    String row() {
        return "%-12s %9d %9d %8.2f %9.0f %9.2f %9.2f".formatted(engine, instances, steps, seconds(), perSecond(),
                percentileMillis(50), percentileMillis(99));
    }

    static String header() {
        return "%-12s %9s %9s %8s %9s %9s %9s".formatted("engine", "instances", "steps", "seconds", "steps/s",
                "p50 ms", "p99 ms");
    }
}
