package org.mire.workspace;

import java.util.List;

/**
 * How one file's graph explorer was showing it: the view, scope, layout and filters, the selection and search, and
 * the viewport. Enumerations are kept as their names so that a value a later version no longer knows is skipped
 * (the default is used), never a failed open.
 *
 * @param viewMode           {@code PROGRAM_GRAPH} or {@code CONTROL_FLOW}
 * @param scope              {@code MODULE}, {@code FUNCTION} or {@code FUNCTION_WITH_CALLEES}
 * @param function           the function of the function scopes and the control-flow view, with its sigil, or null
 * @param layout             the layout algorithm's name
 * @param collapsedFunctions indices of collapsed functions
 * @param hiddenFlows        flows switched off in the legend ({@code control}, {@code data}, {@code call}, ...)
 * @param hiddenNodeTypes    node types switched off in the legend
 * @param labels             node labels shown
 * @param positionLabels     ProGraML's position labels shown
 * @param selectedNode       the selected node (full-graph id), or -1
 * @param search             the find box's query
 * @param centreX            the graph coordinate at the centre of the view (NaN: fit)
 * @param centreY            the graph coordinate at the centre of the view (NaN: fit)
 * @param scale              the zoom (NaN or ≤ 0: fit)
 * @param textDivider        where the divider between IR text and graph was, 0..1 (NaN: the default)
 */
public record GraphViewState(String viewMode, String scope, String function, String layout,
                             List<Integer> collapsedFunctions, List<String> hiddenFlows, List<String> hiddenNodeTypes,
                             boolean labels, boolean positionLabels, int selectedNode, String search,
                             double centreX, double centreY, double scale, double textDivider) {

    public GraphViewState {
        collapsedFunctions = collapsedFunctions == null ? List.of() : List.copyOf(collapsedFunctions);
        hiddenFlows = hiddenFlows == null ? List.of() : List.copyOf(hiddenFlows);
        hiddenNodeTypes = hiddenNodeTypes == null ? List.of() : List.copyOf(hiddenNodeTypes);
        search = search == null ? "" : search;
    }

    /** Whether a viewport was recorded (else the view is fitted). */
    public boolean hasViewport() {
        return Double.isFinite(centreX) && Double.isFinite(centreY) && Double.isFinite(scale) && scale > 0;
    }
}
