import type { Chart as ChartType, ChartConfiguration } from 'chart.js';

/**
 * Chart.js, loaded only when the insights page draws a chart: a dynamic import makes it a chunk
 * of its own, so the rest of the app never downloads it. Only the bar chart's parts are
 * registered (tree-shaking drops the other controllers, elements and plugins).
 */
let loading: Promise<typeof ChartType> | null = null;

function loadChart(): Promise<typeof ChartType> {
  loading ??= import('chart.js').then(
    ({ Chart, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend }) => {
      Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
      return Chart;
    },
  );
  return loading;
}

/** The app's colours (src/web/styles/app.css), so charts match the page. */
export function chartColours() {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    primary: read('--color-primary', '#1f5f5b'),
    soft: read('--color-primary-soft', '#e3efed'),
    warning: read('--color-warning-border', '#e0b84c'),
    text: read('--color-text', '#1d2321'),
    muted: read('--color-muted', '#5b6663'),
    border: read('--color-border', '#d9dcd6'),
  };
}

/**
 * A Svelte action: draws `config` on the canvas, redraws when it changes, and frees the chart
 * when the canvas goes away.
 */
export function chart(canvas: HTMLCanvasElement, config: ChartConfiguration<'bar'>) {
  let instance: ChartType | null = null;
  let destroyed = false;
  let latest = config;
  void loadChart().then((Chart) => {
    if (destroyed) return;
    instance = new Chart(canvas, latest);
  });
  return {
    update(next: ChartConfiguration<'bar'>) {
      latest = next;
      if (!instance) return;
      instance.data = next.data;
      if (next.options) instance.options = next.options;
      instance.update();
    },
    destroy() {
      destroyed = true;
      instance?.destroy();
    },
  };
}
