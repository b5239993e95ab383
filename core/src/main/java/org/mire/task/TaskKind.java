package org.mire.task;

/** What a head predicts: one of a fixed set of labels, or a number. */
public enum TaskKind {
    CLASSIFICATION, REGRESSION
}
