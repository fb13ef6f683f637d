/**
 * The « En bref » sentence the first screen shows, the overview's (the lever part is the frequency
 * chart's too). Merged into `messages.ts`; every other view's sentences, the filtered state's included,
 * live in `brief.ts`, registered when analysis/brief.ts loads. French goes through `frenchTypography`
 * there, so write plain spaces before « : ; ! ? » and inside « ».
 */
export const briefOverviewFr = {
  'brief.label': 'En bref',
  'brief.overview': '{territories}, {actions}.',
  'brief.levers.top.one': 'Levier le plus mobilisé : {list}',
  'brief.levers.top.other': 'Leviers les plus mobilisés : {list}',
  'brief.levers.rare.one': 'le moins mobilisé : {list}',
  'brief.levers.rare.other': 'les moins mobilisés : {list}',
  'brief.levers.both': '{top} ; {rare}.',
  'brief.each': '{count} chacun',
} as const;

export const briefOverviewEn: Record<keyof typeof briefOverviewFr, string> = {
  'brief.label': 'In brief',
  'brief.overview': '{territories}, {actions}.',
  'brief.levers.top.one': 'Most used lever: {list}',
  'brief.levers.top.other': 'Most used levers: {list}',
  'brief.levers.rare.one': 'least used: {list}',
  'brief.levers.rare.other': 'least used: {list}',
  'brief.levers.both': '{top}; {rare}.',
  'brief.each': '{count} each',
};
