/** Workbook and Application, the roots of the fake object model. */
import { FakeClientObject, strict } from './client-object';
import { FakeCustomXmlPartCollection } from './custom-xml';
import type { FakeWorkbookModel } from './model';
import type { FakeContextLike } from './range';
import { FakeWorksheetCollection } from './worksheets';

export class FakeApplication {
  constructor(private readonly context: FakeContextLike) {
    return strict(this);
  }

  /** ExcelApi 1.9. Nothing to draw in the fake; the call is still checked and counted. */
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.requireApi('1.9', 'Application.suspendScreenUpdatingUntilNextSync');
    this.context.enqueue({ op: 'suspendScreenUpdatingUntilNextSync' }, () => undefined);
  }
}

export class FakeWorkbook extends FakeClientObject<FakeWorkbookModel> {
  protected readonly scalars = ['name'];
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;
  private xmlParts: FakeCustomXmlPartCollection | undefined = undefined;

  constructor(override readonly context: FakeContextLike) {
    super(context, { ready: context.model });
    this.worksheets = new FakeWorksheetCollection(context);
    this.application = new FakeApplication(context);
  }

  protected read(model: FakeWorkbookModel): unknown {
    return model.name;
  }

  get name(): string {
    return this.prop('name');
  }

  /** ExcelApi 1.5. */
  get customXmlParts(): FakeCustomXmlPartCollection {
    this.xmlParts ??= new FakeCustomXmlPartCollection(this.context);
    return this.xmlParts;
  }
}
