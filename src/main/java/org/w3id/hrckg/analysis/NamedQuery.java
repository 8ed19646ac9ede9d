package org.w3id.hrckg.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.optimize.ExprTransformConstantFold;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.expr.E_Equals;
import org.apache.jena.sparql.expr.ExprTransformer;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.PatternVars;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A query of {@code queries/}, read with its header: the comment lines that open the file say
 * what it answers.
 *
 * <pre>
 * # title: Most cited documents
 * # question: Which documents do the texts of the corpus cite most?
 * # param issuer (string): the notation of the issuing body, such as ga or hrc
 * # example (the sample corpus):
 * #   symbol        | texts
 * #   A/RES/60/251  | 5
 * </pre>
 *
 * A parameter is a variable of the query; given a value, the pattern it restricts goes first
 * ({@link ValueFirst}) and the value replaces the variable in the query's patterns (a projected
 * one keeps its column); where a {@code BIND} of the query assigns
 * the variable, a filter tests the value right after it; where an expression of a projection or a
 * grouping assigns it, the value is joined by a {@code VALUES} block. So the same query answers
 * for all values when none is given.
 *
 * @param name the file name without {@code .rq}
 * @param example the example result, as the header shows it
 */
public record NamedQuery(String name, String title, String question, List<Parameter> parameters, String example,
    String text) {

  /** A parameter: a variable of the query, its type and what it means. */
  public record Parameter(String name, String type, String description) {}

  private static final Pattern FIELD = Pattern.compile("^#\\s*(title|question):\\s*(.+)$");
  private static final Pattern PARAMETER = Pattern.compile("^#\\s*param\\s+(\\w+)\\s+\\((string|integer)\\):\\s*(.+)$");
  private static final Pattern EXAMPLE = Pattern.compile("^#\\s*example\\b.*:\\s*$");

  /** Reads a query file; a file without title or question is refused, naming what is missing. */
  public static NamedQuery parse(String name, String text) {
    String title = null;
    String question = null;
    List<Parameter> parameters = new ArrayList<>();
    StringBuilder example = new StringBuilder();
    boolean inExample = false;
    for (String line : text.split("\\R")) {
      if (!line.startsWith("#")) {
        break;
      }
      Matcher field = FIELD.matcher(line);
      Matcher parameter = PARAMETER.matcher(line);
      if (field.matches()) {
        inExample = false;
        if (field.group(1).equals("title")) {
          title = field.group(2).strip();
        } else {
          question = field.group(2).strip();
        }
      } else if (parameter.matches()) {
        inExample = false;
        parameters.add(new Parameter(parameter.group(1), parameter.group(2), parameter.group(3).strip()));
      } else if (EXAMPLE.matcher(line).matches()) {
        inExample = true;
      } else if (inExample) {
        example.append(line.replaceFirst("^#\\s?", "")).append('\n');
      }
    }
    if (title == null || question == null) {
      throw new IllegalArgumentException("queries/" + name + ".rq: the header must give '# title:' and '# question:'");
    }
    return new NamedQuery(name, title, question, List.copyOf(parameters), example.toString(), text);
  }

  /** A query file of the user's, whose header may say nothing: its name stands for its title. */
  public static NamedQuery adHoc(String name, String text) {
    try {
      return parse(name, text);
    } catch (IllegalArgumentException e) {
      return new NamedQuery(name, name, "", List.of(), "", text);
    }
  }

  /** The query, with the given parameters bound; an unknown parameter or a bad value is refused. */
  public Query bind(Map<String, String> values) {
    Map<Var, Node> bound = new LinkedHashMap<>();
    for (Map.Entry<String, String> v : values.entrySet()) {
      Parameter p = parameters.stream().filter(x -> x.name().equals(v.getKey())).findFirst()
          .orElseThrow(() -> new IllegalArgumentException(name + " has no parameter " + v.getKey() + "; it takes "
              + (parameters.isEmpty() ? "none" : String.join(", ", parameters.stream().map(Parameter::name).toList()))));
      bound.put(Var.alloc(p.name()), value(p, v.getValue()));
    }
    Query parsed = QueryFactory.create(text);
    bound.keySet().forEach(var -> ValueFirst.apply(parsed, var));
    Assignments assigned = Assignments.of(parsed);
    Map<Var, Node> inPatterns = only(bound, var -> !assigned.byBind().contains(var) && !assigned.byExpression().contains(var));
    Map<Var, Node> atBind = only(bound, var -> assigned.byBind().contains(var) && !assigned.byExpression().contains(var));
    Map<Var, Node> joined = only(bound, assigned.byExpression()::contains);
    // The values written into the patterns, so that the store reads only what they match: a
    // trailing VALUES block joins after grouping, once the whole corpus has been evaluated.
    Query query = inPatterns.isEmpty() ? parsed : sendable(QueryTransformOps.replaceVars(parsed, inPatterns));
    // A variable that a BIND assigns is tested right there, before the rest of the query joins.
    atBind.forEach((var, node) -> filterWhereBound(query, var, node));
    if (!joined.isEmpty()) {
      var row = BindingFactory.builder();
      joined.forEach(row::add);
      query.setValuesDataBlock(new ArrayList<>(joined.keySet()), List.of(row.build()));
    }
    return query;
  }

  private static Map<Var, Node> only(Map<Var, Node> bound, Predicate<Var> which) {
    Map<Var, Node> kept = new LinkedHashMap<>();
    bound.forEach((var, node) -> {
      if (which.test(var)) {
        kept.put(var, node);
      }
    });
    return kept;
  }

  /**
   * The variables a query gives values to itself, in it or in its sub-queries: by a
   * {@code BIND}, or by an expression of a projection or a grouping ({@code (COUNT(?x) AS ?n)}),
   * which no constant may replace.
   */
  private record Assignments(Set<Var> byBind, Set<Var> byExpression) {

    static Assignments of(Query query) {
      Assignments found = new Assignments(new HashSet<>(), new HashSet<>());
      found.collect(query);
      return found;
    }

    private void collect(Query query) {
      byExpression.addAll(query.getProject().getExprs().keySet());
      if (query.hasGroupBy()) {
        byExpression.addAll(query.getGroupBy().getExprs().keySet());
      }
      ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
        @Override
        public void visit(ElementBind bind) {
          byBind.add(bind.getVar());
        }

        @Override
        public void visit(ElementSubQuery sub) {
          collect(sub.getQuery());
        }
      });
    }
  }

  /** Adds {@code FILTER (?var = value)} after each {@code BIND} of the variable, in the query and its sub-queries. */
  private static void filterWhereBound(Query query, Var var, Node value) {
    ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
      @Override
      public void visit(ElementGroup group) {
        List<Element> elements = group.getElements();
        for (int i = elements.size() - 1; i >= 0; i--) {
          if (elements.get(i) instanceof ElementBind bind && bind.getVar().equals(var)) {
            elements.add(i + 1, new ElementFilter(new E_Equals(new ExprVar(var), NodeValue.makeNode(value))));
          }
        }
      }

      @Override
      public void visit(ElementSubQuery sub) {
        filterWhereBound(sub.getQuery(), var, value);
      }
    });
  }

  /**
   * The replaced query, and each of its sub-queries, made valid as text too (the algebra takes
   * them as they are, a parser does not), so that it can be sent to an endpoint: a constant
   * orders nothing, so {@code ORDER BY "x"} goes; where a grouping key that became
   * {@code ("x" AS ?v)}, or a sub-query, already binds {@code ?v}, the projection names {@code ?v}
   * alone instead of assigning it again; filters are folded, so that {@code BOUND(?v)} (the test of
   * a query written for both cases, with and without a value) becomes {@code true}.
   */
  private static Query sendable(Query replaced) {
    if (replaced.hasOrderBy()) {
      replaced.getOrderBy().removeIf(condition -> condition.getExpression().isConstant());
    }
    Set<Var> bindsItself = new HashSet<>(PatternVars.vars(replaced.getQueryPattern()));
    if (replaced.hasGroupBy()) {
      bindsItself.addAll(replaced.getGroupBy().getExprs().keySet());
    }
    replaced.getProject().getExprs().entrySet().removeIf(e -> e.getValue().isConstant() && bindsItself.contains(e.getKey()));
    ElementWalker.walk(replaced.getQueryPattern(), new ElementVisitorBase() {
      @Override
      public void visit(ElementGroup group) {
        group.getElements().replaceAll(e -> e instanceof ElementFilter filter
            ? new ElementFilter(ExprTransformer.transform(new ExprTransformConstantFold(), filter.getExpr())) : e);
      }

      @Override
      public void visit(ElementSubQuery sub) {
        sendable(sub.getQuery());
      }
    });
    return replaced;
  }

  private Node value(Parameter p, String value) {
    if (p.type().equals("integer")) {
      if (!value.matches("-?\\d+")) {
        throw new IllegalArgumentException(name + ": parameter " + p.name() + " takes an integer, not \"" + value + "\"");
      }
      return NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
    }
    return NodeFactory.createLiteralString(value);
  }
}
