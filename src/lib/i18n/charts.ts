/**
 * Interface strings of the charts (French reference, English typed against it). Merged into
 * `messages.ts`; French goes through `frenchTypography` there, so write plain spaces before « : ; ! ? ».
 */
export const chartsFr = {
  'charts.heading': 'Graphiques',
} as const;

export const chartsEn: Record<keyof typeof chartsFr, string> = {
  'charts.heading': 'Charts',
};
