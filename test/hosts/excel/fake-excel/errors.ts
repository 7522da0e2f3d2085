/**
 * Errors shaped like OfficeExtension.Error: a `code` from Excel.ErrorCodes and a message.
 * The host tells errors apart by `code`, exactly as it does against real Excel.
 */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

/** What Office.js throws when a property is read before load() + sync(). */
export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function itemNotFound(what: string): FakeOfficeError {
  return new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist. (${what})`);
}

export function invalidArgument(what: string): FakeOfficeError {
  return new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${what})`);
}

/** A method called on a client whose requirement sets do not include it. */
export function apiNotFound(api: string, set: string): FakeOfficeError {
  return new FakeOfficeError('ApiNotFound', `The API you are trying to use could not be found. (${api} needs ExcelApi ${set})`);
}
