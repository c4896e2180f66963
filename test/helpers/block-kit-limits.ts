/**
 * Slack's documented Block Kit limits, checked on every payload the bot sends in the Slack tests
 * (no offline validator exists; blocks.validate is online only).
 */
const LIMITS = {
  blocksPerMessage: 50,
  blocksPerModal: 100,
  sectionText: 3000,
  fieldText: 2000,
  fieldsPerSection: 10,
  headerText: 150,
  contextElements: 10,
  elementsPerActions: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  modalTitle: 24,
  modalButton: 24,
  privateMetadata: 3000,
  inputLabel: 2000,
  optionText: 75,
  optionsPerSelect: 100,
  messageText: 40000,
};

type Json = Record<string, unknown>;

function text(value: unknown): string {
  return typeof value === "object" && value !== null ? String((value as Json).text ?? "") : "";
}

function checkElement(element: Json, where: string, problems: string[]) {
  const actionId = element.action_id as string | undefined;
  if (actionId !== undefined && actionId.length > LIMITS.actionId)
    problems.push(`${where}: action_id too long`);
  if (element.type === "button") {
    if (text(element.text).length > LIMITS.buttonText) problems.push(`${where}: button text > 75`);
    if (typeof element.value === "string" && element.value.length > LIMITS.buttonValue)
      problems.push(`${where}: button value > 2000`);
  }
  const options = element.options as Json[] | undefined;
  if (options) {
    if (options.length > LIMITS.optionsPerSelect) problems.push(`${where}: > 100 options`);
    for (const option of options)
      if (text(option.text).length > LIMITS.optionText) problems.push(`${where}: option text > 75`);
  }
}

function blockProblems(blocks: Json[], maxBlocks: number): string[] {
  const problems: string[] = [];
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks > ${maxBlocks}`);
  blocks.forEach((block, index) => {
    const where = `block ${index} (${String(block.type)})`;
    if (typeof block.block_id === "string" && block.block_id.length > LIMITS.blockId)
      problems.push(`${where}: block_id too long`);
    switch (block.type) {
      case "header":
        if (text(block.text).length > LIMITS.headerText) problems.push(`${where}: header > 150`);
        break;
      case "section": {
        if (text(block.text).length > LIMITS.sectionText) problems.push(`${where}: text > 3000`);
        const fields = (block.fields as Json[] | undefined) ?? [];
        if (fields.length > LIMITS.fieldsPerSection) problems.push(`${where}: > 10 fields`);
        for (const field of fields)
          if (text(field).length > LIMITS.fieldText) problems.push(`${where}: field > 2000`);
        if (!block.text && fields.length === 0) problems.push(`${where}: section without text or fields`);
        break;
      }
      case "context":
        if (((block.elements as Json[]) ?? []).length > LIMITS.contextElements)
          problems.push(`${where}: > 10 elements`);
        break;
      case "actions": {
        const elements = (block.elements as Json[]) ?? [];
        if (elements.length === 0 || elements.length > LIMITS.elementsPerActions)
          problems.push(`${where}: 1–25 elements`);
        const ids = elements.map((element) => element.action_id);
        if (new Set(ids).size !== ids.length) problems.push(`${where}: duplicate action_id in one block`);
        for (const element of elements) checkElement(element, where, problems);
        break;
      }
      case "input":
        if (text(block.label).length > LIMITS.inputLabel) problems.push(`${where}: label > 2000`);
        checkElement(block.element as Json, where, problems);
        break;
      case "divider":
        break;
      default:
        problems.push(`${where}: unexpected block type`);
    }
  });
  return problems;
}

export function messageProblems(body: Json): string[] {
  const problems = blockProblems((body.blocks as Json[] | undefined) ?? [], LIMITS.blocksPerMessage);
  if (typeof body.text !== "string" || body.text.length === 0) problems.push("message without fallback text");
  else if (body.text.length > LIMITS.messageText) problems.push("text > 40000");
  return problems;
}

export function modalProblems(view: Json): string[] {
  const problems = blockProblems((view.blocks as Json[] | undefined) ?? [], LIMITS.blocksPerModal);
  if (text(view.title).length > LIMITS.modalTitle) problems.push(`modal title "${text(view.title)}" > 24`);
  if (view.submit && text(view.submit).length > LIMITS.modalButton) problems.push("submit > 24");
  if (view.close && text(view.close).length > LIMITS.modalButton) problems.push("close > 24");
  if (typeof view.private_metadata === "string" && view.private_metadata.length > LIMITS.privateMetadata)
    problems.push("private_metadata > 3000");
  if (typeof view.callback_id === "string" && view.callback_id.length > 255)
    problems.push("callback_id > 255");
  return problems;
}
