package com.cacfiling.web.company;

import java.util.UUID;

import com.cacfiling.web.system.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A client company of the portal: the filing entity whose officers prepare its filings. */
@Entity
@Table(name = "company")
public class Company extends AuditedEntity {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    private String nameEn;

    private boolean archived;

    protected Company() {
    }

    public Company(String name, String nameEn) {
        this.id = UUID.randomUUID();
        rename(name, nameEn);
    }

    public void rename(String name, String nameEn) {
        this.name = name.strip();
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.strip();
    }

    public void archive() {
        this.archived = true;
    }

    public void restore() {
        this.archived = false;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public boolean isArchived() {
        return archived;
    }
}
