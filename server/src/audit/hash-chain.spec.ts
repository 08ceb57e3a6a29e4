import { canonicalJson } from './canonical-json.js';
import { chainHash, type ChainedContent, verifyChain } from './hash-chain.js';

function chain(values: unknown[]) {
  let previous: string | null = null;
  return values.map((value, index) => {
    const content: ChainedContent = {
      instanceKey: 7, sequence: index + 1, recordType: 'EVENT', intent: 'VARIABLE_CREATED', recordVersion: 1,
      key: 100 + index, elementId: 'Tarea', elementInstanceKey: 9, time: '2027-01-01T09:00:00.000Z',
      actor: { kind: 'person', id: 'ana' }, value,
    };
    const hash = chainHash(previous, content);
    const record = { ...content, hash, prevHash: previous };
    previous = hash;
    return record;
  });
}

describe('canonicalJson', () => {
  it('given objects with the same members in another order, serialises them identically', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}');
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
  });
});

describe('hash chain', () => {
  it('given an untouched chain, verifies it', () => {
    expect(verifyChain(chain([{ n: 1 }, { n: 2 }, { n: 3 }]))).toEqual({ valid: true, records: 3 });
  });

  it('given a record whose value was altered, names that record', () => {
    const records = chain([{ n: 1 }, { n: 2 }, { n: 3 }]);
    records[1] = { ...records[1], value: { n: 20 } };
    expect(verifyChain(records)).toMatchObject({ valid: false, brokenAt: 2, reason: 'record 2 (VARIABLE_CREATED) was altered: its content does not match its hash' });
  });

  it('given a removed record, reports the gap', () => {
    const records = chain([{ n: 1 }, { n: 2 }, { n: 3 }]);
    records.splice(1, 1);
    expect(verifyChain(records)).toMatchObject({ valid: false, brokenAt: 2 });
  });

  it('given a record re-hashed after alteration, the next record no longer follows it', () => {
    const records = chain([{ n: 1 }, { n: 2 }, { n: 3 }]);
    const { hash: _h, prevHash, ...content } = records[1];
    const forged = { ...content, value: { n: 20 } };
    records[1] = { ...forged, prevHash, hash: chainHash(prevHash, forged) };
    expect(verifyChain(records)).toMatchObject({ valid: false, brokenAt: 3, reason: 'record 3 does not follow the hash of record 2' });
  });
});
