/**
 * `true` when `Listed` names every member of `All`, else `never`: assigning `true` to it is a
 * compile error until a value the schema gained is offered in the UI's list.
 */
export type Missing<All, Listed> = Exclude<All, Listed> extends never ? true : never;
