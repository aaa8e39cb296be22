package com.cacfiling.web.filing;

import java.util.UUID;

/**
 * A change filing was started: a new draft whose algorithm ({@code changeAlgorithmId}) is a copy of the approved
 * filing's ({@code approvedAlgorithmId}), evidence items included. Published inside the transaction that creates it,
 * so that what belongs to the approved algorithm (the evidence files) is copied with it or not at all.
 */
public record ChangeFilingStarted(UUID approvedAlgorithmId, UUID changeAlgorithmId) {
}
