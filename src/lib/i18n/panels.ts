/**
 * Interface strings of the panels (French reference, English typed against it). Merged into
 * `messages.ts`; French goes through `frenchTypography` there, so write plain spaces before « : ; ! ? ».
 */
export const panelsFr = {
  'panels.tagsHeading': 'Leviers',
} as const;

export const panelsEn: Record<keyof typeof panelsFr, string> = {
  'panels.tagsHeading': 'Levers',
};
