package com.cacfiling.web.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.cacfiling.domain.filing.FilingKind;
import com.cacfiling.domain.filing.FilingRole;
import com.cacfiling.domain.filing.FilingStatus;
import com.cacfiling.web.filing.FilingRecord;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * The dashboard's rows as the Excel export needs them: the list's columns only, in one statement whatever the number
 * of rows, with the other half of a dual-role pair and the replacement by an approved change answered in the same
 * statement. The export had read every filing with its algorithm's whole document (a walk: 20,000 rows took 30 s)
 * and then asked for their pairs and replacements with 20,000 ids.
 */
@Component
class DashboardExportRows {

    /** One filing as the export prints it; {@code pairRole} is the other filing's role when it has one. */
    record ExportRow(UUID id, String companyName, String algorithmName, FilingRole role,
            FilingStatus status, FilingKind kind, LocalDate dueDate, String filingNumber, Instant updatedAt,
            FilingRole pairRole, boolean replaced) {

        /** What the deadline is for, as the list's badge says it. */
        String dueKind() {
            return DashboardController.Row.dueKindOf(status, kind);
        }
    }

    private final EntityManager entities;

    DashboardExportRows(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * The first {@code limit} rows the specification selects, in the sort's order, to the consumer one at a time;
     * returns how many there are in all when that is more than the limit, else the number given.
     */
    long read(Specification<FilingRecord> selection, Sort sort, int limit, Consumer<ExportRow> rows) {
        CriteriaBuilder cb = entities.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<FilingRecord> filing = query.from(FilingRecord.class);
        Join<Object, Object> company = filing.join("company", JoinType.INNER);
        Join<Object, Object> algorithm = filing.join("algorithm", JoinType.INNER);

        Subquery<FilingRole> pair = query.subquery(FilingRole.class);
        Root<FilingRecord> other = pair.from(FilingRecord.class);
        pair.select(cb.least(other.<FilingRole>get("role"))).where(
                cb.equal(other.get("algorithm"), filing.get("algorithm")),
                cb.notEqual(other.get("id"), filing.get("id")));
        // As FilingRecordRepository.REPLACING_CHANGE: an approved change, or one approved and cancelled since.
        Subquery<UUID> replacing = query.subquery(UUID.class);
        Root<FilingRecord> change = replacing.from(FilingRecord.class);
        replacing.select(change.get("id")).where(cb.equal(change.get("previousFilingId"), filing.get("id")),
                cb.or(cb.equal(change.get("status"), FilingStatus.APPROVED),
                        cb.and(cb.equal(change.get("status"), FilingStatus.CANCELLED),
                                cb.isNotNull(change.get("filingNumber")))));
        Expression<Boolean> replaced = cb.<Boolean>selectCase()
                .when(cb.and(cb.equal(filing.get("status"), FilingStatus.APPROVED), cb.exists(replacing)), true)
                .otherwise(false);

        query.multiselect(filing.get("id"), company.get("name"), algorithm.get("name"),
                filing.get("role"), filing.get("status"), filing.get("kind"), filing.get("dueDate"),
                filing.get("filingNumber"), filing.get("updatedAt"), pair, replaced);
        query.where(selection.toPredicate(filing, query, cb));
        List<Order> orders = new ArrayList<>();
        for (Sort.Order order : sort) {
            Path<?> path = filing;
            for (String part : order.getProperty().split("\\.")) {
                path = path.get(part);
            }
            orders.add(order.isAscending() ? cb.asc(path) : cb.desc(path));
        }
        // Equal keys in a stable order, so two exports of the same list agree.
        orders.add(cb.asc(filing.get("id")));
        query.orderBy(orders);

        long read = 0;
        try (var stream = entities.createQuery(query).setMaxResults(limit + 1)
                .setHint("org.hibernate.fetchSize", 500).getResultStream()) {
            for (var iterator = stream.iterator(); iterator.hasNext(); ) {
                Tuple row = iterator.next();
                read++;
                if (read > limit) {
                    break;
                }
                rows.accept(new ExportRow(row.get(0, UUID.class), row.get(1, String.class), row.get(2, String.class),
                        row.get(3, FilingRole.class), row.get(4, FilingStatus.class), row.get(5, FilingKind.class),
                        row.get(6, LocalDate.class), row.get(7, String.class), row.get(8, Instant.class),
                        row.get(9, FilingRole.class), Boolean.TRUE.equals(row.get(10, Boolean.class))));
            }
        }
        if (read <= limit) {
            return read;
        }
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<FilingRecord> counted = count.from(FilingRecord.class);
        count.select(cb.count(counted)).where(selection.toPredicate(counted, count, cb));
        return entities.createQuery(count).getSingleResult();
    }
}
