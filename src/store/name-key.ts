/**
 * The lookup key of a name: what "the same name" means when a person types it.
 * Case and accents are dropped ("GUZMAN" finds "Guzmán") and runs of spaces collapse,
 * but nothing else changes, so distinct names stay distinct. Every store computes keys
 * here so that a name typed into one finds the same entities in another.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
