/** Who introduced whom: the chain from the first person the user knew to the latest referral. */
export interface ReferralPerson {
  id: string;
  name: string;
  introducedById: string | null;
}

export interface ReferralNode {
  id: string;
  name: string;
  introduced: ReferralNode[];
}

export interface ReferralChain {
  /** From the earliest introducer down to the contact's own introducer. */
  introducers: Array<{ id: string; name: string }>;
  /** The contact, with everyone they introduced, and everyone those introduced, as a tree. */
  tree: ReferralNode;
}

/**
 * Builds a contact's referral chain. Introductions form a forest, but data from an import or a
 * merge could contain a loop (A introduced B introduced A); every walk stops at a person it has
 * already visited, so a loop shows once instead of hanging the page.
 */
export function buildReferralChain(people: readonly ReferralPerson[], contactId: string): ReferralChain | undefined {
  const byId = new Map(people.map((person) => [person.id, person]));
  const start = byId.get(contactId);
  if (!start) return undefined;

  const introducers: Array<{ id: string; name: string }> = [];
  const seenUp = new Set([start.id]);
  let current = start.introducedById ? byId.get(start.introducedById) : undefined;
  while (current && !seenUp.has(current.id)) {
    seenUp.add(current.id);
    introducers.unshift({ id: current.id, name: current.name });
    current = current.introducedById ? byId.get(current.introducedById) : undefined;
  }

  const childrenOf = new Map<string, ReferralPerson[]>();
  for (const person of people) {
    if (!person.introducedById) continue;
    const list = childrenOf.get(person.introducedById) ?? [];
    list.push(person);
    childrenOf.set(person.introducedById, list);
  }
  const seenDown = new Set<string>();
  const grow = (person: ReferralPerson): ReferralNode => {
    seenDown.add(person.id);
    const introduced = (childrenOf.get(person.id) ?? [])
      .filter((child) => !seenDown.has(child.id))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(grow);
    return { id: person.id, name: person.name, introduced };
  };
  return { introducers, tree: grow(start) };
}
