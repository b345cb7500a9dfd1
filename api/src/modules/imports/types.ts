import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ImportRowStatus } from './service.js';

export const ImportRowStatusEnum = {
  VALID: 'VALID',
  INVALID: 'INVALID',
  CREATED: 'CREATED',
} as const;
registerEnumType(ImportRowStatusEnum, {
  name: 'ImportRowStatus',
  description: 'What an import did with one row of the file',
  valuesConfig: {
    VALID: {
      description: 'Can be imported (a dry run, or an all-or-nothing import that was refused)',
    },
    INVALID: { description: 'Has problems; not imported' },
    CREATED: { description: 'Imported as a new record' },
  },
});

@ObjectType({ description: 'Why a row of an import file is refused' })
export class ImportProblem {
  @Field(() => String, {
    nullable: true,
    description: 'The customer field; null for the whole row',
  })
  field: string | null;

  @Field(() => String, { description: 'English, e.g. "is not an email address"' })
  message: string;
}

@ObjectType()
export class CustomerImportRow {
  @Field(() => Int, { description: 'The line as a spreadsheet numbers it (the header is line 1)' })
  line: number;

  @Field(() => ImportRowStatusEnum)
  status: ImportRowStatus;

  @Field(() => [ImportProblem])
  errors: ImportProblem[];

  @Field(() => String, { nullable: true, description: 'The name given on the row, if any' })
  name: string | null;
}

@ObjectType({ description: 'What a customer CSV import found and did' })
export class CustomerImportReport {
  @Field(() => Int, { description: 'Data rows in the file (blank rows are not counted)' })
  totalRows: number;

  @Field(() => Int)
  validRows: number;

  @Field(() => Int)
  invalidRows: number;

  @Field(() => Int, { description: 'Records written; 0 for a dry run or a refused import' })
  created: number;

  @Field(() => Boolean)
  dryRun: boolean;

  @Field(() => Boolean)
  allOrNothing: boolean;

  @Field(() => String, { description: 'What happened, in one English sentence' })
  message: string;

  @Field(() => [CustomerImportRow], { description: 'Every data row, in file order' })
  rows: CustomerImportRow[];
}
