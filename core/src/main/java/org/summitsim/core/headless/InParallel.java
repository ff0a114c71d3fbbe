package org.summitsim.core.headless;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a batch of headless matches on a few threads and waits for all of them. Each task writes
 * its result into its own slot, so callers aggregate in match order and the same seed gives the
 * same figures whatever the thread count.
 */
public final class InParallel {

    private InParallel() {}

    /** Every task, on {@code threads} threads; the first failure ends the batch, naming {@code what}. */
    public static void run(int threads, List<Runnable> tasks, String what) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> futures = new ArrayList<>(tasks.size());
            for (Runnable task : tasks) {
                futures.add(pool.submit(task));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a match failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
