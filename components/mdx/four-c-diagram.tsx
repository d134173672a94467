/**
 * `<FourCDiagram />`: the 4C model of cloud-native security as four nested layers, Cloud ⊃ Cluster
 * ⊃ Container ⊃ Code. An SVG image with a title and a description for screen readers; the colours
 * come from the page theme so it reads in light and dark mode.
 */
import { useId } from 'react';

const layers = [
  {
    name: 'Cloud',
    note: 'data centre, network, cloud account',
    box: 'fill-sky-50 stroke-sky-700 dark:fill-sky-900/25 dark:stroke-sky-400',
    text: 'fill-sky-900 dark:fill-sky-200',
  },
  {
    name: 'Cluster',
    note: 'API server, RBAC, admission, nodes',
    box: 'fill-teal-50 stroke-teal-700 dark:fill-teal-900/25 dark:stroke-teal-400',
    text: 'fill-teal-900 dark:fill-teal-200',
  },
  {
    name: 'Container',
    note: 'image, security context, capabilities',
    box: 'fill-amber-50 stroke-amber-700 dark:fill-amber-900/25 dark:stroke-amber-400',
    text: 'fill-amber-900 dark:fill-amber-200',
  },
  {
    name: 'Code',
    note: 'your app and its dependencies',
    box: 'fill-violet-50 stroke-violet-700 dark:fill-violet-900/25 dark:stroke-violet-400',
    text: 'fill-violet-900 dark:fill-violet-200',
  },
];

export function FourCDiagram() {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  // Layers share their top band with a label, so the top inset is deeper than the others.
  const width = 420;
  const height = 280;
  const side = 28;
  const top = 50;
  const bottom = 14;

  return (
    <figure className="not-prose my-8">
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${width} ${height}`}
        className="mx-auto h-auto w-full max-w-lg"
      >
        <title id={titleId}>The 4C model of cloud-native security</title>
        <desc id={descId}>
          Four nested layers. The outermost is Cloud; inside it is Cluster; inside that is
          Container; at the centre is Code. Each layer builds on the security of the layers around
          it, so strong Code security depends on secure Cloud, Cluster and Container layers.
        </desc>
        {layers.map((layer, index) => {
          const x = 4 + index * side;
          const y = 4 + index * top;
          return (
            <g key={layer.name}>
              <rect
                x={x}
                y={y}
                width={width - 8 - index * side * 2}
                height={height - 8 - index * (top + bottom)}
                rx={14}
                strokeWidth={2}
                className={layer.box}
              />
              <text
                x={x + 14}
                y={y + 24}
                className={`${layer.text} text-[17px] font-semibold`}
                aria-hidden="true"
              >
                {layer.name}
              </text>
              <text
                x={x + 14}
                y={y + 43}
                className={`${layer.text} text-[13px] opacity-90`}
                aria-hidden="true"
              >
                {layer.note}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-3 text-center text-sm text-stone-600 dark:text-stone-400">
        Each layer builds on the one around it: Cloud ⊃ Cluster ⊃ Container ⊃ Code.
      </figcaption>
    </figure>
  );
}
