import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  IMPORT_KINDS,
  IMPORT_PROBLEM_CODES,
  type ImportKind,
  type ImportProblemCode,
  type ImportRowStatus,
} from './report.js';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ImportKindEnum = asEnum(IMPORT_KINDS);
registerEnumType(ImportKindEnum, {
  name: 'ImportKind',
  description: 'What a CSV file holds: customer records, catalog packages or equipment',
});

export const ImportProblemCodeEnum = asEnum(IMPORT_PROBLEM_CODES);
registerEnumType(ImportProblemCodeEnum, {
  name: 'ImportProblemCode',
  description:
    'Why a row of an import file is refused, for clients to translate (the message is English)',
  valuesConfig: {
    REQUIRED: { description: 'An empty cell that must hold a value' },
    TOO_LONG: { description: 'Text over its length limit' },
    INVALID_FORMAT: { description: 'Not an email, phone, date, number, amount or yes/no' },
    OUT_OF_RANGE: { description: 'A number outside its limits' },
    TOO_MANY: { description: 'More entries than allowed (tags, services of a package)' },
    UNKNOWN_VALUE: { description: 'Not one of the known values; `value` names it' },
    DUPLICATE_VALUE: { description: 'One entry given twice in a cell; `value` names it' },
    DUPLICATE_IN_FILE: { description: 'The same record as an earlier line (`otherLine`)' },
    ALREADY_EXISTS: {
      description: "A record like it exists (a customer's email, a package, an item's serial)",
    },
    EXTRA_CELLS: { description: 'More cells than the header has columns' },
    UNKNOWN_LOCATION: { description: 'No location by that name or id; `value`' },
    AMBIGUOUS_LOCATION: { description: 'Several locations by that name; `value`' },
    CURRENCY_MISMATCH: { description: "Not the location's currency (`value`)" },
    AMBIGUOUS_AMOUNT: { description: '"4.500" or "4,500": 4.5 or 4500? `value`' },
    TOO_MANY_DECIMALS: { description: 'More decimals than the currency (`value`) has' },
    UNKNOWN_SERVICE: { description: 'No service of that name at the location; `value`' },
    AMBIGUOUS_SERVICE: { description: 'Several services of that name at the location; `value`' },
    INVALID: { description: 'Anything else; the message says why' },
  },
});

export const ImportRowStatusEnum = {
  VALID: 'VALID',
  INVALID: 'INVALID',
  CREATED: 'CREATED',
} as const satisfies { [K in ImportRowStatus]: K };
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
    description: 'The field of the column (email, price, items …); null for the whole row',
  })
  field: string | null;

  @Field(() => ImportProblemCodeEnum)
  code: ImportProblemCode;

  @Field(() => String, { description: 'English, e.g. "is not an email address"' })
  message: string;

  @Field(() => Int, { nullable: true, description: 'The earlier line of a DUPLICATE_IN_FILE' })
  otherLine?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "What the code is about: the unknown service's name, the location's currency …",
  })
  value?: string | null;
}

@ObjectType({ description: 'One data row of an import file' })
export class ImportRow {
  @Field(() => Int, { description: 'The line as a spreadsheet numbers it (the header is line 1)' })
  line: number;

  @Field(() => ImportRowStatusEnum)
  status: ImportRowStatus;

  @Field(() => [ImportProblem])
  errors: ImportProblem[];

  @Field(() => String, { nullable: true, description: 'The name given on the row, if any' })
  name: string | null;
}

@ObjectType({ description: 'What a CSV import found and did' })
export class ImportReport {
  @Field(() => ImportKindEnum)
  kind: ImportKind;

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

  @Field(() => [ImportRow], { description: 'Every data row, in file order' })
  rows: ImportRow[];
}
