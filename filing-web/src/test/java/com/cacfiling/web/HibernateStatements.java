package com.cacfiling.web;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements Hibernate prepares while an action runs, the transactions it completes and the entities it
 * loads (its statistics, switched on for the action and restored after), for tests that hold a page or a save to a
 * number of statements and transactions, or a page to the rows it shows. JDBC statements issued outside Hibernate (the
 * change log) are not counted.
 */
public final class HibernateStatements {

    /** What the action returned, how many statements and transactions it took, and how many entities it loaded. */
    public record Counted<T>(T result, long statements, long transactions, long entities) {
    }

    @FunctionalInterface
    public interface Action<T> {
        T run() throws Exception;
    }

    private HibernateStatements() {
    }

    public static <T> Counted<T> count(EntityManagerFactory entityManagerFactory, Action<T> action) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            T result = action.run();
            return new Counted<>(result, statistics.getPrepareStatementCount(), statistics.getTransactionCount(),
                    statistics.getEntityLoadCount());
        }
        finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }
}
