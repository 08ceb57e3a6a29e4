import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DirectoryService } from '../../directory/directory.service.js';
import type { Substitution } from '../../directory/directory.types.js';
import { Roles } from '../access.decorators.js';
import { ApiProblems } from '../api-problems.decorator.js';
import { SubstitutionCreateDto, SubstitutionDto } from './directory.dto.js';

@ApiTags('directory')
@Controller('directory/substitutes')
export class SubstitutesController {
  constructor(private readonly directory: DirectoryService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Suplencias / substitutions' })
  @ApiOkResponse({ type: [SubstitutionDto] })
  list(): Promise<Substitution[]> {
    return this.directory.substitutions();
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Nombrar suplente por un periodo / name a substitute for a period' })
  @ApiCreatedResponse({ type: SubstitutionDto })
  @ApiProblems(400, 422)
  create(@Body() body: SubstitutionCreateDto): Promise<Substitution> {
    return this.directory.addSubstitution(body);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Quitar suplencia / remove a substitution' })
  @ApiNoContentResponse()
  @ApiProblems(400, 404)
  async remove(@Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.directory.deleteSubstitution(id);
  }
}
