/** Charts drawn into screens (uPlot), and their disposal when a screen goes. */

/** A drawn chart, remembered on its host so it can be destroyed with the screen. */
export function keepChart(host: HTMLElement, chart: { destroy(): void } | null): void {
  if (chart) (host as HTMLElement & { chart?: { destroy(): void } }).chart = chart;
}

/**
 * Destroy every chart under `root`. uPlot listens on window (resize, scroll, pixel ratio), so a
 * chart left behind keeps its whole screen alive: call this before a screen is replaced.
 */
export function disposeCharts(root: ParentNode): void {
  for (const host of root.querySelectorAll<HTMLElement & { chart?: { destroy(): void } }>(
    '.debrief-chart, .improvement-chart',
  )) {
    host.chart?.destroy();
    delete host.chart;
  }
}
