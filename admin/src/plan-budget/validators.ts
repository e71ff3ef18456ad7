import { maxLength, maxValue, minLength, minValue, number, required } from 'react-admin';

// The same limits as the API's zod schemas (src/api/planBudget/contentSchemas.ts).
export const codeRule = [required(), maxLength(40)];
export const nameRule = [required(), minLength(2), maxLength(500)];
export const yearRule = [required(), number(), minValue(2000), maxValue(2100)];
export const optionalYearRule = [number(), minValue(2000), maxValue(2100)];
export const amountRule = [required(), number(), minValue(0)];
export const optionalAmountRule = [number(), minValue(0)];

/** Planning for fiscal year t runs through t-1: the default year is next year. */
export const nextYear = () => new Date().getFullYear() + 1;
