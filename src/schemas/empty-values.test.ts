// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeAgreementSchema, makeLegalIdentitySchema } from './agreement.schema';
import { emptyAgreement, emptyLegalIdentity, emptyRecord } from './empty-values';
import { draftRecordSchema } from './record.schema';

// The empty values are written out beside the schemas (so the first screen makes a new
// project without zod): each must be exactly what its schema makes of an empty input.
describe('empty values', () => {
  it('equal the defaults of the agreement schema', () => {
    expect(makeAgreementSchema('draft').parse({})).toEqual(emptyAgreement());
  });

  it('equal an empty legal identity as the schema reads it', () => {
    expect(makeLegalIdentitySchema('draft').parse(emptyLegalIdentity())).toEqual(emptyLegalIdentity());
  });

  it('give a record the draft schema accepts as is', () => {
    expect(draftRecordSchema.parse(emptyRecord())).toEqual(emptyRecord());
  });
});
