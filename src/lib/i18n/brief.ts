/**
 * The « En bref » sentences of the territory, comparison and chart views and of the filtered state
 * (analysis/brief.ts builds them), and the territory card's « Territoires proches »
 * (panels/NearestTerritories.svelte): lazy, registered when this module loads; only the overview's
 * sentence is on the first screen (brief-overview.ts). The words « Jaccard » and « sériation » stay in
 * « Méthode »: these say what the numbers mean (« 2 leviers en commun sur 3 »). French goes through
 * `frenchTypography` in messages.ts, so write plain spaces before « : ; ! ? ».
 */
import { registerMessages } from './messages';

export const briefFr = {
  'brief.filters.one': 'Filtre : {list}.',
  'brief.filters.other': 'Filtres : {list}.',
  'brief.facet.leviers.one': 'levier {values}',
  'brief.facet.leviers.other': 'leviers {values}',
  'brief.facet.axes.one': 'axe {values}',
  'brief.facet.axes.other': 'axes {values}',
  'brief.facet.publics.one': 'public {values}',
  'brief.facet.publics.other': 'publics {values}',
  'brief.facet.formats.one': 'format {values}',
  'brief.facet.formats.other': 'formats {values}',
  'brief.facet.q': 'recherche « {q} »',
  'brief.or': '{a} ou {b}',
  'brief.matching.zero': 'Aucune des {total} actions n’y correspond.',
  'brief.matching.one': '{n} action sur {total} y correspond, dans {territories}.',
  'brief.matching.other': '{n} actions sur {total} y correspondent, dans {territories}.',
  'brief.territories.named': '{count} : {names}',
  'brief.territories.of': '{n} territoires sur {total}',

  'brief.semicolon': '{a} ; {b}',
  'brief.pair': '{a} et {b}',
  'brief.count.levers.one': '{n} levier',
  'brief.count.levers.other': '{n} leviers',
  'brief.count.pairs.one': '{n} paire',
  'brief.count.pairs.other': '{n} paires',
  'brief.empty': 'Les filtres ne retiennent aucune action.',
  'brief.least.one': '{names} le moins ({n})',
  'brief.least.other': '{names} le moins ({n} chacun)',
  'brief.both': '{most}, {least}.',

  'brief.its.actions.one': 'son action',
  'brief.its.actions.other': 'ses {n} actions',
  'brief.its.named.one': 'son action nommée',
  'brief.its.named.other': 'ses {n} actions nommées',
  'brief.territory.none': '{name} n’a aucune action nommée.',
  'brief.territory.list': '{name} mobilise {levers} dans {actions} : {list}.',
  'brief.territory.mainThen':
    '{name} mobilise {levers} dans {actions}, surtout {main} ({count}), puis {others}.',
  'brief.nearest.one': 'Le territoire le plus proche est {name} : {shared} en commun sur {union} ({list}).',
  'brief.nearest.other':
    'Les territoires les plus proches, à égalité, sont {names} : {shared} en commun sur {union} chacun.',
  'brief.nearest.none': 'Aucun autre territoire ne mobilise l’un de ses leviers.',

  'brief.compare.shared2': '{names} ont en commun {count} : {list}.',
  'brief.compare.sharedN': 'Les {n} territoires ont en commun {count} : {list}.',
  'brief.compare.none2': '{names} n’ont aucun levier en commun.',
  'brief.compare.noneN': 'Aucun levier n’est commun aux {n} territoires.',
  'brief.compare.unique.one': 'Levier propre à un seul territoire : {items}.',
  'brief.compare.unique.other': 'Leviers propres à un seul territoire : {items}.',
  'brief.compare.item': '{list} ({name})',
  'brief.compare.noneFor': 'aucun pour {names}',
  'brief.compare.noUnique': 'Aucun levier n’est propre à un seul d’entre eux.',

  'brief.matrix.most.one': '{names} mobilise le plus de leviers ({n})',
  'brief.matrix.most.other': '{names} mobilisent le plus de leviers ({n} chacun)',
  'brief.matrix.same': 'Chaque territoire mobilise {levers}.',
  'brief.matrix.cell': 'Le plus d’actions sur un même levier : {count}, pour {items}.',
  'brief.matrix.cellItem': '{territory} ({lever})',
  'brief.matrix.cellMany': 'Le plus d’actions sur un même levier : {count}, dans {n} cases.',

  'brief.axes.most.one': 'L’axe {names} compte le plus d’étiquettes ({n} sur {total})',
  'brief.axes.most.other': 'Les axes {names} comptent le plus d’étiquettes ({n} sur {total} chacun)',
  'brief.axes.same': 'Chaque axe compte {n} étiquettes.',
  'brief.axes.cover.zero': 'Aucun territoire ne couvre les {axes} axes.',
  'brief.axes.cover.one': 'Seul {names} couvre les {axes} axes.',
  'brief.axes.cover.other': '{count} couvrent les {axes} axes : {names}.',
  'brief.axes.coverMany': '{n} territoires sur {total} couvrent les {axes} axes.',
  'brief.axes.coverAll': 'Tous les territoires couvrent les {axes} axes.',

  'brief.publics.top.one': 'Public le plus visé : {names}, {actions} dans {territories}.',
  'brief.publics.top.other': 'Publics les plus visés : {names}, {actions} chacun.',
  'brief.publics.unspecified.zero': 'Toutes les actions nomment leur public.',
  'brief.publics.unspecified.one': '{n} action sur {total} ne nomme aucun public.',
  'brief.publics.unspecified.other': '{n} actions sur {total} ne nomment aucun public.',

  'brief.similarity.closest.one':
    'Les deux territoires les plus proches sont {pairs} : {shared} en commun sur {union}.',
  'brief.similarity.closest.other':
    'Les paires les plus proches, à égalité, sont {pairs} : {shared} en commun sur {union} chacune.',
  'brief.similarity.closestMany':
    '{count} sont les plus proches, à égalité : {shared} en commun sur {union} chacune.',
  'brief.similarity.apart': 'À l’opposé, {pairs} n’ont aucun levier en commun.',
  'brief.similarity.apartMany': 'À l’opposé, {count} n’ont aucun levier en commun.',
  'brief.similarity.farthest.one': 'Les plus éloignés sont {pairs} : {shared} en commun sur {union}.',
  'brief.similarity.farthest.other':
    'Les plus éloignés, à égalité, sont {pairs} : {shared} en commun sur {union} chacune.',
  'brief.similarity.farthestMany':
    '{count} sont les plus éloignées, à égalité : {shared} en commun sur {union} chacune.',
  'brief.similarity.none': 'Moins de deux territoires gardent des actions : rien à comparer.',

  'brief.frequency.unused.one': '{n} levier n’est mobilisé par aucune action retenue.',
  'brief.frequency.unused.other': '{n} leviers ne sont mobilisés par aucune action retenue.',

  'panels.nearest.heading': 'Territoires proches',
  'panels.nearest.hint':
    'Proximité : les leviers que les deux territoires mobilisent, sur ceux que l’un ou l’autre mobilise, toutes actions comprises.',
  'panels.nearest.shared': '{shared} en commun sur {union}',
  'panels.nearest.sharedList': 'Leviers en commun avec {name}',
  'panels.nearest.tie': 'À égalité avec {names}.',
  'panels.nearest.compare': 'Comparer',
} as const;

export const briefEn: Record<keyof typeof briefFr, string> = {
  'brief.filters.one': 'Filter: {list}.',
  'brief.filters.other': 'Filters: {list}.',
  'brief.facet.leviers.one': 'lever {values}',
  'brief.facet.leviers.other': 'levers {values}',
  'brief.facet.axes.one': 'axis {values}',
  'brief.facet.axes.other': 'axes {values}',
  'brief.facet.publics.one': 'audience {values}',
  'brief.facet.publics.other': 'audiences {values}',
  'brief.facet.formats.one': 'format {values}',
  'brief.facet.formats.other': 'formats {values}',
  'brief.facet.q': 'search “{q}”',
  'brief.or': '{a} or {b}',
  'brief.matching.zero': 'None of the {total} actions matches.',
  'brief.matching.one': '{n} of {total} actions matches, in {territories}.',
  'brief.matching.other': '{n} of {total} actions match, in {territories}.',
  'brief.territories.named': '{count}: {names}',
  'brief.territories.of': '{n} of {total} territories',

  'brief.semicolon': '{a}; {b}',
  'brief.pair': '{a} and {b}',
  'brief.count.levers.one': '{n} lever',
  'brief.count.levers.other': '{n} levers',
  'brief.count.pairs.one': '{n} pair',
  'brief.count.pairs.other': '{n} pairs',
  'brief.empty': 'The filters retain no action.',
  'brief.least.one': '{names} the fewest ({n})',
  'brief.least.other': '{names} the fewest ({n} each)',
  'brief.both': '{most}, {least}.',

  'brief.its.actions.one': 'its action',
  'brief.its.actions.other': 'its {n} actions',
  'brief.its.named.one': 'its named action',
  'brief.its.named.other': 'its {n} named actions',
  'brief.territory.none': '{name} has no named action.',
  'brief.territory.list': '{name} uses {levers} in {actions}: {list}.',
  'brief.territory.mainThen': '{name} uses {levers} in {actions}, mostly {main} ({count}), then {others}.',
  'brief.nearest.one': 'Its closest territory is {name}: {shared} in common out of {union} ({list}).',
  'brief.nearest.other':
    'Its closest territories, tied, are {names}: {shared} in common out of {union} each.',
  'brief.nearest.none': 'No other territory uses any of its levers.',

  'brief.compare.shared2': '{names} have {count} in common: {list}.',
  'brief.compare.sharedN': 'The {n} territories have {count} in common: {list}.',
  'brief.compare.none2': '{names} have no lever in common.',
  'brief.compare.noneN': 'No lever is common to all {n} territories.',
  'brief.compare.unique.one': 'Lever unique to one territory: {items}.',
  'brief.compare.unique.other': 'Levers unique to one territory: {items}.',
  'brief.compare.item': '{list} ({name})',
  'brief.compare.noneFor': 'none for {names}',
  'brief.compare.noUnique': 'No lever is unique to one of them.',

  'brief.matrix.most.one': '{names} uses the most levers ({n})',
  'brief.matrix.most.other': '{names} use the most levers ({n} each)',
  'brief.matrix.same': 'Each territory uses {levers}.',
  'brief.matrix.cell': 'The most actions on a single lever: {count}, for {items}.',
  'brief.matrix.cellItem': '{territory} ({lever})',
  'brief.matrix.cellMany': 'The most actions on a single lever: {count}, in {n} cells.',

  'brief.axes.most.one': 'The {names} axis has the most tags ({n} of {total})',
  'brief.axes.most.other': 'The {names} axes have the most tags ({n} of {total} each)',
  'brief.axes.same': 'Each axis has {n} tags.',
  'brief.axes.cover.zero': 'No territory covers all {axes} axes.',
  'brief.axes.cover.one': 'Only {names} covers all {axes} axes.',
  'brief.axes.cover.other': '{count} cover all {axes} axes: {names}.',
  'brief.axes.coverMany': '{n} of {total} territories cover all {axes} axes.',
  'brief.axes.coverAll': 'Every territory covers all {axes} axes.',

  'brief.publics.top.one': 'Most addressed audience: {names}, {actions} in {territories}.',
  'brief.publics.top.other': 'Most addressed audiences: {names}, {actions} each.',
  'brief.publics.unspecified.zero': 'Every action names its audience.',
  'brief.publics.unspecified.one': '{n} of {total} actions names no audience.',
  'brief.publics.unspecified.other': '{n} of {total} actions name no audience.',

  'brief.similarity.closest.one':
    'The two closest territories are {pairs}: {shared} in common out of {union}.',
  'brief.similarity.closest.other':
    'The closest pairs, tied, are {pairs}: {shared} in common out of {union} each.',
  'brief.similarity.closestMany': '{count} are the closest, tied: {shared} in common out of {union} each.',
  'brief.similarity.apart': 'At the other end, {pairs} have no lever in common.',
  'brief.similarity.apartMany': 'At the other end, {count} have no lever in common.',
  'brief.similarity.farthest.one': 'The farthest apart are {pairs}: {shared} in common out of {union}.',
  'brief.similarity.farthest.other':
    'The farthest apart, tied, are {pairs}: {shared} in common out of {union} each.',
  'brief.similarity.farthestMany':
    '{count} are the farthest apart, tied: {shared} in common out of {union} each.',
  'brief.similarity.none': 'Fewer than two territories keep actions: nothing to compare.',

  'brief.frequency.unused.one': '{n} lever is used by no retained action.',
  'brief.frequency.unused.other': '{n} levers are used by no retained action.',

  'panels.nearest.heading': 'Nearest territories',
  'panels.nearest.hint':
    'Closeness: the levers both territories use, out of those either uses, all actions counted.',
  'panels.nearest.shared': '{shared} in common out of {union}',
  'panels.nearest.sharedList': 'Levers in common with {name}',
  'panels.nearest.tie': 'Tied with {names}.',
  'panels.nearest.compare': 'Compare',
};

registerMessages(briefFr, briefEn);
