import { AGENCIES } from '../world/agencies.ts';
import { recordRandom, type World } from '../world/world.ts';
import { ContactDraft } from './contact-draft.ts';
import { drawContact } from './draw-contact.ts';
import { drawDuplicate } from './draw-duplicate.ts';

/**
 * Streams the world's records, exactly options.records of them. Yields the same two draft objects
 * over and over: a consumer must take what it needs before asking for the next.
 */
export function* contactStream(world: World): Generator<ContactDraft, void, undefined> {
  const random = recordRandom(world.options);
  const draft = new ContactDraft();
  const second = new ContactDraft();
  const counters = new Int32Array(AGENCIES.length);
  const total = world.options.records;
  let serial = 0;
  while (serial < total) {
    if (!drawContact(world, random, draft)) continue;
    number(draft, serial++, counters);
    yield draft;
    if (serial < total && drawDuplicate(world, random, draft, second)) {
      number(second, serial++, counters);
      yield second;
    }
  }
}

function number(d: ContactDraft, serial: number, counters: Int32Array): void {
  const n = (counters[d.agency] as number) + 1;
  counters[d.agency] = n;
  d.serial = serial;
  d.sourceNumber = n;
}
