import { Controller, HttpCode, PayloadTooLargeException, Post, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { DirectoryService, type ImportSummary } from '../../directory/directory.service.js';
import { Roles } from '../access.decorators.js';
import { ApiProblems } from '../api-problems.decorator.js';
import { ImportSummaryDto } from './directory.dto.js';

const LIMIT = 5 * 1024 * 1024;

async function readText(req: Request): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > LIMIT) throw new PayloadTooLargeException('El documento supera 5 MB. / The document exceeds 5 MB.');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

@ApiTags('directory')
@Controller('directory/import')
export class DirectoryImportController {
  constructor(private readonly directory: DirectoryService) {}

  @Post()
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Importar un directorio YAML o JSON / import a directory document',
    description:
      'Valida todo el documento (formato en processes/directory/README.md) y lo aplica en una transacción: ' +
      'crea o actualiza cada entrada. Si algo falla responde 422 nombrando entrada y campo, y no cambia nada.',
  })
  @ApiConsumes('application/json', 'application/yaml', 'text/yaml')
  @ApiBody({ schema: { type: 'object', description: 'calendars, roles, institutions, people, substitutes' } })
  @ApiOkResponse({ type: ImportSummaryDto })
  @ApiProblems(422)
  async import(@Req() req: Request): Promise<ImportSummary> {
    if (req.is('application/json')) return this.directory.import((req.body ?? {}) as object, 'import');
    return this.directory.import(await readText(req), 'import');
  }
}
