/**
 * One colour per entity type, used everywhere a type is shown — badges, highlighted
 * mentions, network nodes — so a reader learns them once. Muted, print-like hues that stay
 * apart for the common kinds of colour blindness (blue, orange, green, purple, teal).
 */
export const ENTITY_TYPES = ['Person', 'Organization', 'PublicBody', 'Company', 'Location'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const TYPE_LABEL: Record<EntityType, string> = {
  Person: 'Person', Organization: 'Organisation', PublicBody: 'Public body', Company: 'Company', Location: 'Place',
};

export const TYPE_COLOUR: Record<EntityType, string> = {
  Person: '#2f66a8', Organization: '#c05621', PublicBody: '#2f7d4f', Company: '#7048b0', Location: '#1f7a80',
};

export function typeColour(type: string): string {
  return (TYPE_COLOUR as Record<string, string>)[type] ?? '#6b7480';
}

export function typeLabel(type: string): string {
  return (TYPE_LABEL as Record<string, string>)[type] ?? type;
}

/** A CSS class suffix for a type: t-person, t-organization, … */
export function typeClass(type: string): string {
  return `t-${(ENTITY_TYPES as readonly string[]).includes(type) ? type.toLowerCase() : 'other'}`;
}

/** Events in four families: police, courts, violence, seizures; one hue each on the timeline. */
export const EVENT_FAMILY: Record<string, 'police' | 'court' | 'violence' | 'money'> = {
  arrest: 'police', extradition: 'police', escape: 'police',
  indictment: 'court', plea: 'court', conviction: 'court', sentencing: 'court', trial: 'court',
  forfeiture: 'money', seizure: 'money', settlement: 'money',
  killing: 'violence', attack: 'violence',
};

export const FAMILY_COLOUR = { police: '#2f66a8', court: '#5b4a8a', violence: '#a32d2d', money: '#a66a00' } as const;

export function eventColour(type: string): string {
  return FAMILY_COLOUR[EVENT_FAMILY[type] ?? 'court'];
}

/** Colours for Louvain communities: distinct from one another, cycled when there are more. */
export const COMMUNITY_COLOURS = ['#2f66a8', '#c05621', '#2f7d4f', '#7048b0', '#1f7a80', '#a32d2d', '#8a6d00', '#4a5360', '#b5487a', '#3f7f2a'];

/** Money kinds: one hue each in the ledger's chart. */
export const KIND_COLOUR: Record<string, string> = {
  forfeiture_ordered: '#5b4a8a', forfeiture_sought: '#8c7bbd', proceeds_estimate: '#a66a00', settlement: '#2f7d4f',
  laundered: '#a32d2d', seized: '#2f66a8', funding_withheld: '#1f7a80', other: '#6b7480',
};
