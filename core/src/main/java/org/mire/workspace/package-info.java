/**
 * The workspace: what a user made in the window (open files and their graph views, the embedding explorer's corpus,
 * sets, projections and bookmarks, training runs, the Predict list) as plain data, and {@link
 * org.mire.workspace.WorkspaceFolder}, which saves it atomically into a folder and reads it back
 * (docs/formats.md, "Workspace folders").
 */
package org.mire.workspace;
