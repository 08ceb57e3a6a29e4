import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DirectoryError } from '../../directory/directory.errors.js';
import { DirectoryService } from '../../directory/directory.service.js';
import type { Institution } from '../../directory/directory.types.js';
import { Authenticated, Roles } from '../access.decorators.js';
import { ApiProblems } from '../api-problems.decorator.js';
import { InstitutionDto, InstitutionUpdateDto } from './directory.dto.js';

@ApiTags('directory')
@Controller('directory/institutions')
export class InstitutionsController {
  constructor(private readonly directory: DirectoryService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'Instituciones (para ofrecer candidatos) / institutions' })
  @ApiOkResponse({ type: [InstitutionDto] })
  list(): Promise<Institution[]> {
    return this.directory.institutions();
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Una institución / one institution' })
  @ApiOkResponse({ type: InstitutionDto })
  @ApiProblems(404)
  async get(@Param('id') id: string): Promise<Institution> {
    const institution = await this.directory.institution(id);
    if (!institution) throw new DirectoryError('not-found', `institución desconocida "${id}"`);
    return institution;
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Crear institución / create an institution' })
  @ApiCreatedResponse({ type: InstitutionDto })
  @ApiProblems(400, 409, 422)
  create(@Body() body: InstitutionDto): Promise<Institution> {
    return this.directory.createInstitution(body);
  }

  @Put(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Reemplazar institución / replace an institution' })
  @ApiOkResponse({ type: InstitutionDto })
  @ApiProblems(400, 404, 422)
  update(@Param('id') id: string, @Body() body: InstitutionUpdateDto): Promise<Institution> {
    return this.directory.updateInstitution({ ...body, id });
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Borrar institución sin hijas ni miembros / delete an unused institution' })
  @ApiNoContentResponse()
  @ApiProblems(404, 409)
  async remove(@Param('id') id: string): Promise<void> {
    await this.directory.deleteInstitution(id);
  }
}
